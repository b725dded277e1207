package org.rotationscheduler.generate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.rotationscheduler.domain.model.Unit;
import org.rotationscheduler.domain.model.UnitCatalogue;
import org.rotationscheduler.domain.model.UnitType;

/**
 * Local bureaus (P3) the catalogue does not list: the catalogue names the bureaus of the 39
 * supervised cities only, but E6 draws ordinary-group leaders from the local bureaus of each
 * partner province. The register writes these with unit_type=local and their province (§10).
 */
final class LocalBureaus {
    // Real prefecture-level cities, districts and counties, a few per province.
    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("北京", List.of("北京市朝阳区生态环境局", "北京市海淀区生态环境局", "北京市通州区生态环境局")),
            Map.entry("天津", List.of("天津市滨海新区生态环境局", "天津市武清区生态环境局", "天津市宝坻区生态环境局")),
            Map.entry("河北", List.of("正定县生态环境局", "滦南县生态环境局", "涿州市生态环境局")),
            Map.entry("山西", List.of("清徐县生态环境局", "平遥县生态环境局", "大同市生态环境局")),
            Map.entry("内蒙古", List.of("呼和浩特市生态环境局", "包头市生态环境局", "鄂尔多斯市生态环境局")),
            Map.entry("辽宁", List.of("沈阳市生态环境局", "大连市生态环境局", "鞍山市生态环境局", "新民县生态环境局")),
            Map.entry("吉林", List.of("长春市生态环境局", "吉林市生态环境局", "四平市生态环境局", "农安县生态环境局")),
            Map.entry("黑龙江", List.of("哈尔滨市生态环境局", "齐齐哈尔市生态环境局", "大庆市生态环境局", "宾县生态环境局")),
            Map.entry("上海", List.of("上海市浦东新区生态环境局", "上海市闵行区生态环境局", "上海市嘉定区生态环境局")),
            Map.entry("江苏", List.of("南京市生态环境局", "苏州市生态环境局", "无锡市生态环境局", "沛县生态环境局")),
            Map.entry("浙江", List.of("杭州市生态环境局", "宁波市生态环境局", "温州市生态环境局", "安吉县生态环境局")),
            Map.entry("安徽", List.of("合肥市生态环境局", "芜湖市生态环境局", "蚌埠市生态环境局", "肥西县生态环境局")),
            Map.entry("福建", List.of("福州市生态环境局", "厦门市生态环境局", "泉州市生态环境局", "闽侯县生态环境局")),
            Map.entry("江西", List.of("南昌市生态环境局", "九江市生态环境局", "赣州市生态环境局", "南昌县生态环境局")),
            Map.entry("山东", List.of("平阴县生态环境局", "桓台县生态环境局", "青岛市生态环境局")),
            Map.entry("河南", List.of("中牟县生态环境局", "兰考县生态环境局", "南阳市生态环境局")),
            Map.entry("湖北", List.of("武汉市生态环境局", "宜昌市生态环境局", "襄阳市生态环境局", "秭归县生态环境局")),
            Map.entry("湖南", List.of("长沙市生态环境局", "株洲市生态环境局", "岳阳市生态环境局", "长沙县生态环境局")),
            Map.entry("广东", List.of("广州市生态环境局", "深圳市生态环境局", "佛山市生态环境局", "东莞市生态环境局")),
            Map.entry("广西", List.of("南宁市生态环境局", "柳州市生态环境局", "桂林市生态环境局", "阳朔县生态环境局")),
            Map.entry("海南", List.of("海口市生态环境局", "三亚市生态环境局", "儋州市生态环境局", "澄迈县生态环境局")),
            Map.entry("重庆", List.of("重庆市渝北区生态环境局", "重庆市万州区生态环境局", "重庆市涪陵区生态环境局",
                    "石柱县生态环境局")),
            Map.entry("四川", List.of("成都市生态环境局", "绵阳市生态环境局", "宜宾市生态环境局", "郫县生态环境局")),
            Map.entry("贵州", List.of("贵阳市生态环境局", "遵义市生态环境局", "六盘水市生态环境局", "修文县生态环境局")),
            Map.entry("云南", List.of("昆明市生态环境局", "曲靖市生态环境局", "玉溪市生态环境局", "宜良县生态环境局")),
            Map.entry("西藏", List.of("拉萨市生态环境局", "日喀则市生态环境局")),
            Map.entry("陕西", List.of("周至县生态环境局", "蓝田县生态环境局", "榆林市生态环境局")),
            Map.entry("甘肃", List.of("兰州市生态环境局", "天水市生态环境局", "酒泉市生态环境局", "榆中县生态环境局")),
            Map.entry("青海", List.of("西宁市生态环境局", "海东市生态环境局", "湟中县生态环境局")),
            Map.entry("宁夏", List.of("银川市生态环境局", "石嘴山市生态环境局", "吴忠市生态环境局", "永宁县生态环境局")),
            Map.entry("新疆", List.of("乌鲁木齐市生态环境局", "克拉玛依市生态环境局", "昌吉市生态环境局")));

    private LocalBureaus() {
    }

    /**
     * Local bureaus of the given provinces that the catalogue lacks, in province order. A name
     * the catalogue knows already is skipped (the catalogue's unit is used as it is).
     */
    static List<Unit> missingFrom(UnitCatalogue catalogue, Collection<String> provinces) {
        List<Unit> out = new ArrayList<>();
        for (String province : provinces) {
            for (String name : NAMES.getOrDefault(province, List.of())) {
                if (catalogue.find(name).isEmpty()) {
                    out.add(new Unit(name, List.of(), UnitType.LOCAL, province));
                }
            }
        }
        return out;
    }
}
