package org.rotationscheduler.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Plausible Chinese names from small fixed lists; deterministic for a random stream. */
final class Names {
    // Common surnames, roughly in order of frequency; earlier ones are drawn more often.
    private static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
            "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
            "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
            "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白",
            "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺");
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建国志文辉鹏飞"
            + "宇晨浩然博思远佳琪欣怡子涵晓东海波宁峰斌俊凯雪梅琳颖丹婷倩瑶璐睿哲轩彤慧敏嘉诚立新永健振";

    private Names() {
    }

    static String next(SplittableRandom rng) {
        // Squaring the uniform draw favours the common surnames at the head of the list.
        double u = rng.nextDouble();
        String surname = SURNAMES.get((int) (u * u * SURNAMES.size()));
        StringBuilder sb = new StringBuilder(surname);
        sb.append(GIVEN.charAt(rng.nextInt(GIVEN.length())));
        if (rng.nextDouble() < 0.7) {
            sb.append(GIVEN.charAt(rng.nextInt(GIVEN.length())));
        }
        return sb.toString();
    }
}
