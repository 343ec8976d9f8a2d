package dev.heavylegs.bench;

import java.util.Locale;

/**
 * One topic of a synthetic knowledge base: the counterpart of one shipped cause (say, wrong shoes)
 * with the conditions it builds on. Four questions, fifteen rules in the shipped stages and
 * conventions, and their wording and scenarios:
 *
 * <pre>
 *   conditions  high, low (decision-table rows), marked (2 rules), frequent (with a "not Answer"
 *               premise, as in strength.drl), ache (a symptom choice), combined (reads conditions)
 *   cause       3 weighted rules, one of them reading the next topic's condition
 *   advice      3 recommendation rules (from the cause, and from conditions in any case)
 *   referrals   a red flag on a symptom choice, a routine referral on the cause and a threshold
 * </pre>
 *
 * Plus any number of padding rules (another way to a marked condition) to reach an exact rule
 * count.
 *
 * @param index the topic's number, from 1
 * @param next the topic whose condition this topic's third cause rule reads (itself when alone)
 * @param symptomGroup the number of the multi-choice symptoms question that holds this topic's
 *     signs
 * @param padding how many extra condition rules this topic carries
 */
record SyntheticTopic(int index, int next, int symptomGroup, int padding) {

  /** Rules in a topic without padding. */
  static final int RULES = 15;

  /**
   * Every padding rule tests a different exact number of sessions, so none makes another redundant.
   */
  static final int MAX_PADDING = 15;

  String name() {
    return name(index);
  }

  private static String name(int index) {
    return String.format(Locale.ROOT, "f%03d", index);
  }

  private String id() {
    return name().toUpperCase(Locale.ROOT);
  }

  String title() {
    return "Factor " + index;
  }

  String cause() {
    return "factor-" + String.format(Locale.ROOT, "%03d", index);
  }

  String symptomsQuestion() {
    return symptomsQuestion(symptomGroup);
  }

  static String symptomsQuestion(int group) {
    return String.format(Locale.ROOT, "symptoms-%02d", group);
  }

  String redFlagSign() {
    return "sign-" + name();
  }

  String achingSign() {
    return "ache-" + name();
  }

  /** Every third red flag is an emergency, the others urgent (the shipped mix is 3 to 3). */
  String redFlagUrgency() {
    return index % 3 == 0 ? "EMERGENCY" : "URGENT";
  }

  /** This topic's choices in its symptoms question, in {@code questions.yaml} form. */
  String symptomChoices() {
    return String.format(
        Locale.ROOT,
        """
              %1$s: a warning sign of factor %2$d that needs a doctor
              %3$s: an everyday ache that goes with factor %2$d
        """,
        redFlagSign(),
        index,
        achingSign());
  }

  String questions() {
    return String.format(
        Locale.ROOT,
        """

          # --- Factor %2$d -----------------------------------------------------------------------

          - id: %1$s-level
            prompt: How strong is factor %2$d, on a scale from 0 to 100?
            type: number
            unit: points
            min: 0
            max: 100
            help: 0 is not at all, 100 is as strong as it gets.

          - id: %1$s-sessions
            prompt: How many sessions of factor %2$d do you do in a typical week?
            type: integer
            unit: sessions a week
            min: 0
            max: 14
            help: Count two sessions on the same day as two.

          - id: %1$s-kind
            prompt: How does factor %2$d usually feel?
            type: choice
            choices:
              mild: you hardly notice it
              moderate: you notice it on most runs
              severe: it changes how you run
            help: Think of a typical week this month.

          - id: %1$s-flag
            prompt: Does factor %2$d keep you from training as planned?
            type: boolean
            help: Yes if you had to shorten or skip sessions because of it.
        """,
        name(),
        index);
  }

  /** This topic's rows of {@code conditions/thresholds.drl.csv}. */
  String thresholdRows() {
    return String.format(
        Locale.ROOT,
        """
        "%3$s high: strong factor","COND-%1$s-HIGH-01","synthetic benchmark rule; threshold: 60 points","%2$s-level","60","","","%2$s-high"
        "%3$s low: weak factor","COND-%1$s-LOW-01","synthetic benchmark rule; threshold: 20 points","%2$s-level","","","20","%2$s-low"
        """,
        id(),
        name(),
        title());
  }

  /** {@code conditions/<topic>.drl}: the conditions that are not thresholds. */
  String conditionRules() {
    StringBuilder drl =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                """
        package heavylegs.conditions;

        import dev.heavylegs.facts.*;

        /*
         * Conditions about factor %4$d, a synthetic topic generated for the benchmarks. The %5$s cause
         * builds on these. Its thresholds (high, low) are rows of thresholds.drl.csv.
         */

        rule "%3$s marked: it feels severe"
            @id("COND-%1$s-MARKED-01")
            @source("synthetic benchmark rule")
        when
            // factor %4$d usually feels severe
            Answer( question == "%2$s-kind", value == "severe" )
        then
            insertLogical( new Condition( "%2$s-marked" ) );
        end

        rule "%3$s marked: moderate and keeps the runner from training"
            @id("COND-%1$s-MARKED-02")
            @source("synthetic benchmark rule")
        when
            // factor %4$d usually feels moderate
            Answer( question == "%2$s-kind", value in ( "moderate" ) )
            // and keeps the runner from training as planned
            Answer( question == "%2$s-flag", value == "yes" )
        then
            insertLogical( new Condition( "%2$s-marked" ) );
        end

        rule "%3$s frequent: more than five sessions a week"
            @id("COND-%1$s-FREQUENT-01")
            @source("synthetic benchmark rule; threshold: five sessions a week")
        when
            // more than five sessions of factor %4$d a week
            Answer( question == "%2$s-sessions", number > 5 )
            // unless the runner said it does not keep them from training
            not Answer( question == "%2$s-flag", value == "no" )
        then
            insertLogical( new Condition( "%2$s-frequent" ) );
        end

        rule "%3$s ache: the everyday ache that goes with it"
            @id("COND-%1$s-ACHE-01")
            @source("synthetic benchmark rule")
        when
            // has the everyday ache of factor %4$d
            Answer( question == "%6$s", value == "%7$s" )
        then
            insertLogical( new Condition( "%2$s-ache" ) );
        end

        rule "%3$s combined: strong and marked"
            @id("COND-%1$s-COMBINED-01")
            @source("synthetic benchmark rule")
        when
            // factor %4$d is strong
            Condition( id == "%2$s-high" )
            // and marked
            Condition( id == "%2$s-marked" )
        then
            insertLogical( new Condition( "%2$s-combined" ) );
        end
        """,
                id(),
                name(),
                title(),
                index,
                cause(),
                symptomsQuestion(),
                achingSign()));
    for (int k = 0; k < padding; k++) {
      drl.append(
          String.format(
              Locale.ROOT,
              """

          rule "%3$s marked: mild with exactly %4$d sessions a week"
              @id("COND-%1$s-MARKED-%5$02d")
              @source("synthetic benchmark rule; padding to reach the rule count")
          when
              // factor %6$d usually feels mild
              Answer( question == "%2$s-kind", value == "mild" )
              // with exactly %4$d sessions a week
              Answer( question == "%2$s-sessions", number == %4$d )
          then
              insertLogical( new Condition( "%2$s-marked" ) );
          end
          """,
              id(),
              name(),
              title(),
              k,
              k + 3,
              index));
    }
    return drl.toString();
  }

  String conditionWording() {
    return String.format(
        Locale.ROOT,
        """
        # Wording for the conditions of factor %2$d (%1$s.drl and the %1$s rows of thresholds.drl.csv).
        conditions:
          %1$s-high:
            title: Strong factor %2$d
            explanation: >
              You rated factor %2$d at 60 points or more out of 100.
          %1$s-low:
            title: Weak factor %2$d
            explanation: >
              You rated factor %2$d below 20 points out of 100.
          %1$s-marked:
            title: Marked factor %2$d
            explanation: >
              Factor %2$d feels severe, or moderate and keeps you from training as planned.
          %1$s-frequent:
            title: Frequent factor %2$d
            explanation: >
              You have more than five sessions of factor %2$d a week.
          %1$s-ache:
            title: Ache of factor %2$d
            explanation: >
              You have the everyday ache that goes with factor %2$d.
          %1$s-combined:
            title: Strong and marked factor %2$d
            explanation: >
              Factor %2$d is both strong and marked, which is what makes the legs heavy.
        """,
        name(),
        index);
  }

  /** {@code causes/<cause>.drl}: the weighted cause rules and the recommendations. */
  String causeRules() {
    return String.format(
        Locale.ROOT,
        """
        package heavylegs.causes;

        import dev.heavylegs.facts.*;

        /*
         * Cause: factor %4$d, a synthetic topic generated for the benchmarks, and what to do about it.
         */

        // ---- Cause ------------------------------------------------------------------------------------

        rule "%3$s: strong and marked"
            @id("CAUSE-%1$s-01")
            @source("synthetic benchmark rule")
            @weight("3")
        when
            // factor %4$d is strong and marked
            Condition( id == "%2$s-combined" )
        then
            insertLogical( new Cause( "%5$s" ) );
        end

        rule "%3$s: strong and frequent"
            @id("CAUSE-%1$s-02")
            @source("synthetic benchmark rule")
            @weight("2")
        when
            // factor %4$d is strong
            Condition( id == "%2$s-high" )
            // and frequent
            Condition( id == "%2$s-frequent" )
        then
            insertLogical( new Cause( "%5$s" ) );
        end

        rule "%3$s: the ache with factor %7$d marked"
            @id("CAUSE-%1$s-03")
            @source("synthetic benchmark rule")
            @weight("1")
        when
            // has the everyday ache of factor %4$d
            Condition( id == "%2$s-ache" )
            // and factor %7$d is marked
            Condition( id == "%6$s-marked" )
        then
            insertLogical( new Cause( "%5$s" ) );
        end

        // ---- Recommendations --------------------------------------------------------------------------

        rule "Ease off: for factor %4$d"
            @id("REC-%1$s-EASE-01")
            @source("synthetic benchmark rule")
        when
            // heavy legs may come from factor %4$d
            Cause( id == "%5$s" )
        then
            insertLogical( new Recommendation( "%2$s-ease" ) );
        end

        rule "Adjust: for a marked but weak factor %4$d"
            @id("REC-%1$s-ADJUST-01")
            @source("synthetic benchmark rule")
        when
            // factor %4$d is marked
            Condition( id == "%2$s-marked" )
            // but weak
            Condition( id == "%2$s-low" )
        then
            insertLogical( new Recommendation( "%2$s-adjust" ) );
        end

        rule "Adjust: for frequent factor %4$d"
            @id("REC-%1$s-ADJUST-02")
            @source("synthetic benchmark rule")
        when
            // heavy legs may come from factor %4$d
            Cause( id == "%5$s" )
            // and it is frequent
            Condition( id == "%2$s-frequent" )
        then
            insertLogical( new Recommendation( "%2$s-adjust" ) );
        end
        """,
        id(),
        name(),
        title(),
        index,
        cause(),
        name(next),
        next);
  }

  String causeWording() {
    return String.format(
        Locale.ROOT,
        """
        # Wording for what %3$s.drl concludes.
        causes:
          %3$s:
            title: Factor %2$d
            explanation: >
              Factor %2$d is strong, marked or frequent, and your legs feel heavy as a result.

        recommendations:
          %1$s-ease:
            title: Ease off factor %2$d
            advice: >
              Cut factor %2$d back for two weeks and see whether your legs feel lighter.
            source: "synthetic benchmark wording"
          %1$s-adjust:
            title: Adjust factor %2$d
            advice: >
              Spread factor %2$d over fewer sessions a week.
            source: "synthetic benchmark wording"
        """,
        name(),
        index,
        cause());
  }

  /** This topic's rule in {@code referrals/red-flags.drl}. */
  String redFlagRule() {
    return String.format(
        Locale.ROOT,
        """

        rule "%3$s red flag: the warning sign"
            @id("RF-%1$s-01")
            @source("synthetic benchmark rule")
        when
            // has the warning sign of factor %4$d
            Answer( question == "%5$s", value == "%6$s" )
        then
            insertLogical( new Referral( "%2$s-red-flag", Urgency.%7$s ) );
        end
        """,
        id(),
        name(),
        title(),
        index,
        symptomsQuestion(),
        redFlagSign(),
        redFlagUrgency());
  }

  String redFlagWording() {
    return String.format(
        Locale.ROOT,
        """
          %1$s-red-flag:
            title: Warning sign of factor %2$d
            reason: >
              The warning sign of factor %2$d can mean something more serious than heavy legs.
            advice: >
              Stop running and see a doctor before you run again.
            source: "synthetic benchmark wording"
        """,
        name(),
        index);
  }

  /** This topic's rule in {@code referrals/see-a-doctor.drl}. */
  String routineReferralRule() {
    return String.format(
        Locale.ROOT,
        """

        rule "%3$s see a doctor: ten sessions a week or more"
            @id("REF-%1$s-01")
            @source("synthetic benchmark rule; threshold: 10 sessions a week")
        when
            // heavy legs may come from factor %4$d
            Cause( id == "%5$s" )
            // and there are ten or more sessions of it a week
            Answer( question == "%2$s-sessions", number >= 10 )
        then
            insertLogical( new Referral( "%2$s-see-doctor", Urgency.ROUTINE ) );
        end
        """,
        id(),
        name(),
        title(),
        index,
        cause());
  }

  String routineReferralWording() {
    return String.format(
        Locale.ROOT,
        """
          %1$s-see-doctor:
            title: See your doctor about factor %2$d
            reason: >
              Ten or more sessions of factor %2$d a week with heavy legs are worth a doctor's look.
            advice: >
              Book an appointment with your doctor and tell them about factor %2$d.
            source: "synthetic benchmark wording"
        """,
        name(),
        index);
  }

  /**
   * {@code scenarios/<topic>.yaml}: for the cause and both referrals, one that concludes it and a
   * near miss; one more that reaches the remaining rules.
   */
  String scenarios() {
    return String.format(
        Locale.ROOT,
        """
        # Scenarios for the synthetic factor %2$d.

        - name: strong and severe factor %2$d is the cause
          answers:
            %1$s-level: 70
            %1$s-kind: severe
          expect:
            top-cause: %3$s
            causes: [%3$s]
            conditions: [%1$s-high, %1$s-marked, %1$s-combined]
            recommendations: [%1$s-ease]

        - name: near miss - severe but only 50 points is not the cause
          answers:
            %1$s-level: 50
            %1$s-kind: severe
          absent:
            causes: [%3$s]
            conditions: [%1$s-high, %1$s-combined]

        - name: the warning sign of factor %2$d is a red flag
          answers:
            %4$s: [%5$s]
          expect:
            referrals: [%1$s-red-flag (%7$s)]

        - name: near miss - the everyday ache is no red flag
          answers:
            %4$s: [%6$s]
          absent:
            referrals: [%1$s-red-flag]

        - name: the ache of factor %2$d with factor %9$d marked is the cause too, weakly
          answers:
            %1$s-level: 10
            %1$s-kind: moderate
            %1$s-flag: true
            %4$s: [%6$s]
        %8$s  expect:
            causes: [%3$s]
            conditions: [%1$s-marked, %1$s-low, %1$s-ache]
            recommendations: [%1$s-ease, %1$s-adjust]

        - name: factor %2$d ten times a week needs a doctor
          answers:
            %1$s-level: 70
            %1$s-kind: severe
            %1$s-sessions: 10
          expect:
            referrals: [%1$s-see-doctor (routine)]

        - name: near miss - nine sessions a week do not need a doctor
          answers:
            %1$s-level: 70
            %1$s-kind: severe
            %1$s-sessions: 9
          absent:
            referrals: [%1$s-see-doctor]
        """,
        name(),
        index,
        cause(),
        symptomsQuestion(),
        redFlagSign(),
        achingSign(),
        redFlagUrgency().toLowerCase(Locale.ROOT),
        nextMarked(),
        next);
  }

  /**
   * The answer that marks the next topic in a scenario (none needed when this topic is its own
   * next).
   */
  private String nextMarked() {
    return next == index ? "" : "    " + name(next) + "-kind: severe\n";
  }
}
