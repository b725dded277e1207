package org.rotationscheduler.report;

import org.rotationscheduler.domain.model.Cadre;
import org.rotationscheduler.domain.model.Seat;
import org.rotationscheduler.rules.RuleBreak;
import org.rotationscheduler.rules.RuleId;

/**
 * O5, O7: a broken rule in Chinese, as documents that go out write it: the seat, the cadre and the
 * rule's Chinese wording from {@link RuleId} with the id in brackets, e.g.
 * {@code 第13轮（2019年10月28日至11月11日）北京 普通组1 干部，林峰（c17，中国环境监测总站）：该时段不符合派出条件（E7）}.
 *
 * <p>S1: the wording is the rule's, never the checker's message, so no private state can show.
 */
public final class BreakWording {
    private BreakWording() {
    }

    /** The rule's Chinese wording with its id. */
    public static String rule(RuleId id) {
        return id.chineseWithId();
    }

    /** The rule's level in Chinese: 硬性规则, 空缺, 软性规则. */
    public static String category(RuleBreak b) {
        if (b.rule() == RuleId.UNFILLED) {
            return "空缺";
        }
        return b.rule().isSoft() ? "软性规则" : "硬性规则";
    }

    /** "第13轮（…）北京 普通组1 干部" */
    public static String seat(Seat seat) {
        return PlanIdentity.round(seat.round()) + seat.city().name() + " " + seat.group().name() + " " + seat.roleLabel();
    }

    /** "林峰（c17，中国环境监测总站）" */
    public static String cadre(Cadre c) {
        return c.name() + "（" + c.id() + "，" + c.unit().name() + "）";
    }

    /** The whole sentence: seat, cadre, rule. */
    public static String describe(RuleBreak b) {
        StringBuilder sb = new StringBuilder();
        if (b.seat() != null) {
            sb.append(seat(b.seat()));
        }
        if (b.cadre() != null) {
            sb.append(sb.length() > 0 ? "，" : "").append(cadre(b.cadre()));
        }
        if (sb.length() > 0) {
            sb.append("：");
        }
        return sb.append(rule(b.rule())).toString();
    }
}
