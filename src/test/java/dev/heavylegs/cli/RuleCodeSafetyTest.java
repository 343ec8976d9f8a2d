package dev.heavylegs.cli;

import static dev.heavylegs.cli.CliTest.heavylegs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A knowledge base received from elsewhere tries to run code, in every place of a rule file where
 * code can hide. Each attack, had it got through, would create a marker file when the rule file is
 * compiled or its rule fires for the example runner (31 °C); the check must refuse the file with a
 * {@code path:line:col} error, and nothing may run: not {@code validate}, whose reachability
 * analysis fires rules, nor a consultation.
 */
class RuleCodeSafetyTest {

  @TempDir Path tmp;

  /** Java's escape for a character, written so that javac does not read it in this file. */
  private static String escape(String hex) {
    return "\\" + "u" + hex;
  }

  private static final String RUN =
      "java.nio.file.Files.createFile(java.nio.file.Path.of(\"MARKER\"))";
  private static final String RUN_IN_CONDITION = "new java.io.File(\"MARKER\").createNewFile()";

  /** A harmless rule, with the places an attack fills. */
  private static final String RULE =
      """
      package heavylegs.attack;
      import dev.heavylegs.facts.*;

      rule "NAME"
          @id("ATTACK-01")
          @source("test")
      ATTRIBUTES
      when
          // usually runs in the heat
          Answer( question == "temperature-c", CONSTRAINT )
      then
          CONSEQUENCE
      end
      """;

  private static String rule(
      String name, String attributes, String constraint, String consequence) {
    return RULE.replace("NAME", name)
        .replace("ATTRIBUTES", attributes)
        .replace("CONSTRAINT", constraint)
        .replace("CONSEQUENCE", consequence);
  }

  private static String consequence(String code) {
    return rule("Attack", "", "number > 20", code);
  }

  private static String constraint(String code) {
    return rule("Attack", "", code, "insertLogical( new Condition( \"dehydration\" ) );");
  }

  private static final String INSERT = "insertLogical( new Condition( \"dehydration\" ) );";

  static Stream<Arguments> attacks() {
    return Stream.of(
        Arguments.of(
            "a unicode line break ends a line comment",
            consequence(INSERT + " // " + escape("000a") + " " + RUN + ";")),
        Arguments.of(
            "a unicode carriage return ends a line comment",
            consequence(INSERT + " // " + escape("000d") + " " + RUN + ";")),
        Arguments.of(
            "a bare carriage return ends a line comment, as Java reads it",
            consequence(INSERT + " // harmless\r " + RUN + ";")),
        Arguments.of(
            "a unicode star-slash closes a block comment",
            consequence(INSERT + " /* " + escape("002a") + escape("002f") + " " + RUN + "; /* */")),
        Arguments.of(
            "a unicode quote closes a text",
            consequence(
                "insertLogical( new Condition( \"dehydration"
                    + escape("0022")
                    + " + "
                    + RUN
                    + " + "
                    + escape("0022")
                    + "\" ) );")),
        Arguments.of(
            "a unicode-escaped identifier",
            consequence(
                INSERT
                    + " "
                    + escape("006a")
                    + "ava.nio.file.Files.createFile("
                    + "java.nio.file.Path.of(\"MARKER\"));")),
        Arguments.of(
            "string concatenation in an id",
            consequence("insertLogical( new Condition( \"dehydration\" + " + RUN + " ) );")),
        Arguments.of(
            "a call as an id",
            consequence("insertLogical( new Condition( String.valueOf( " + RUN + " ) ) );")),
        Arguments.of("a second statement", consequence(INSERT + " " + RUN + ";")),
        Arguments.of("a nested block", consequence(INSERT + " { " + RUN + "; }")),
        Arguments.of("an if", consequence("if (true) { " + RUN + "; } " + INSERT)),
        Arguments.of(
            "a lambda",
            consequence(
                "Runnable r = () -> { try { "
                    + RUN
                    + "; } catch (Exception e) { } }; r.run(); "
                    + INSERT)),
        Arguments.of(
            "an anonymous class with an initialiser",
            consequence(
                "new Object() { { try { " + RUN + "; } catch (Exception e) { } } }; " + INSERT)),
        Arguments.of(
            "a local class with a static initialiser",
            consequence(
                "class Local { static { try { "
                    + RUN
                    + "; } catch (Exception e) { } } } new Local(); "
                    + INSERT)),
        Arguments.of(
            "closing the generated method",
            consequence(
                INSERT
                    + " } static { try { "
                    + RUN
                    + "; } catch (Exception e) { } } void more() {")),
        Arguments.of(
            "the engine's own handle",
            consequence(INSERT + " drools.getKieRuntime().getEnvironment();")),
        Arguments.of(
            "an extra argument to insertLogical",
            consequence("insertLogical( new Condition( \"dehydration\" ), " + RUN + " );")),
        Arguments.of(
            "an urgency computed by code",
            consequence(
                "insertLogical( new Referral( \"chest-symptoms\", Urgency.valueOf( String.valueOf( "
                    + RUN
                    + " ) ) ) );")),
        Arguments.of(
            "a text block",
            consequence("insertLogical( new Condition( \"\"\"\n dehydration\"\"\" ) );")),
        Arguments.of(
            "a method call in a condition", constraint("number > 20 && " + RUN_IN_CONDITION)),
        Arguments.of(
            "a fully qualified class in a condition",
            constraint(
                "number > java.lang.Math.random() * 0 + (" + RUN_IN_CONDITION + " ? 0 : 0)")),
        Arguments.of(
            "new in a condition", constraint("value != new String(\"x\") || " + RUN_IN_CONDITION)),
        Arguments.of(
            "a unicode quote in a condition's text (the executable model writes it into Java)",
            constraint(
                "value != \"a"
                    + escape("0022")
                    + " + "
                    + RUN_IN_CONDITION
                    + " + "
                    + escape("0022")
                    + "\"")),
        Arguments.of(
            "a field of this",
            constraint("this.getClass().getName() != \"\" || " + RUN_IN_CONDITION)),
        Arguments.of(
            "eval",
            rule("Attack", "", "number > 20", INSERT)
                .replace(
                    "Answer( question", "eval( " + RUN_IN_CONDITION + " )\n    Answer( question")),
        Arguments.of(
            "from with a call",
            rule("Attack", "", "number > 20", INSERT)
                .replace(
                    "number > 20 )",
                    "number > 20 ) from java.util.List.of( " + RUN_IN_CONDITION + " )")),
        Arguments.of(
            "accumulate with code",
            rule("Attack", "", "number > 20", INSERT)
                .replace(
                    "Answer( question == \"temperature-c\", number > 20 )",
                    "Number() from accumulate( Answer( question == \"temperature-c\" ), init( "
                        + RUN
                        + "; ) action( ) result( Integer.valueOf(1) ) )")),
        Arguments.of(
            "an accumulate function given code",
            rule("Attack", "", "number > 20", INSERT)
                .replace(
                    "Answer( question == \"temperature-c\", number > 20 )",
                    "Number() from accumulate( Answer( question == \"temperature-c\" ), count( "
                        + RUN_IN_CONDITION
                        + " ) )")),
        Arguments.of(
            "code in salience",
            rule(
                "Attack",
                "    salience ( " + RUN_IN_CONDITION + " ? 1 : 0 )",
                "number > 20",
                INSERT)),
        Arguments.of(
            "code in enabled",
            rule("Attack", "    enabled ( " + RUN_IN_CONDITION + " )", "number > 20", INSERT)),
        Arguments.of(
            "code in metadata",
            rule("Attack", "    @weight( " + RUN_IN_CONDITION + " )", "number > 20", INSERT)),
        Arguments.of(
            "concatenation in metadata",
            consequence(INSERT)
                .replace("@source(\"test\")", "@source(\"test\" + " + RUN_IN_CONDITION + ")")),
        Arguments.of(
            "a unicode quote in metadata",
            consequence(INSERT)
                .replace(
                    "@source(\"test\")",
                    "@source(\"test"
                        + escape("0022")
                        + " + "
                        + RUN_IN_CONDITION
                        + " + "
                        + escape("0022")
                        + "\")")),
        Arguments.of(
            "a unicode quote in a rule's name (the executable model writes it into Java)",
            rule(
                "Attack" + escape("0022") + " + " + RUN_IN_CONDITION + " + " + escape("0022"),
                "",
                "number > 20",
                INSERT)),
        Arguments.of(
            "a function",
            consequence(INSERT)
                .replace(
                    "rule \"Attack\"",
                    "function void run() { try { "
                        + RUN
                        + "; } catch (Exception e) { } }\n\nrule \"Attack\"")),
        Arguments.of(
            "a function imported",
            consequence(INSERT)
                .replace(
                    "import dev.heavylegs.facts.*;",
                    "import dev.heavylegs.facts.*;\nimport function java.lang.System.exit;")),
        Arguments.of(
            "a declared type with a field initialiser",
            consequence(INSERT)
                .replace(
                    "rule \"Attack\"",
                    "declare Sneaky\n    done : boolean = "
                        + RUN_IN_CONDITION
                        + "\nend\n\nrule \"Attack\"")),
        Arguments.of(
            "a global",
            consequence(INSERT)
                .replace("rule \"Attack\"", "global java.util.List sink;\n\nrule \"Attack\"")),
        Arguments.of(
            "a query",
            consequence(INSERT)
                .replace(
                    "rule \"Attack\"",
                    "query \"all\"\n    Answer( "
                        + RUN_IN_CONDITION
                        + " )\nend\n\nrule \"Attack\"")),
        Arguments.of(
            "an import of a class",
            consequence(INSERT)
                .replace(
                    "import dev.heavylegs.facts.*;",
                    "import dev.heavylegs.facts.*;\nimport java.nio.file.Files;")),
        Arguments.of(
            "a named consequence",
            consequence(INSERT)
                .replace("number > 20 )", "number > 20 ) do[more]")
                .replace("end\n", "then[more]\n    " + RUN + ";\nend\n")),
        Arguments.of(
            "a hash comment hiding nothing from Java", consequence(INSERT + " # " + RUN + ";")),
        Arguments.of(
            "a groupby key (a kind of accumulate) that runs code",
            rule("Attack", "", "number > 20", INSERT)
                .replace(
                    "Answer( question == \"temperature-c\", number > 20 )",
                    "groupby( $a : Answer( question == \"temperature-c\" ); $k : String.valueOf( "
                        + RUN_IN_CONDITION
                        + " ) ; $c : count( 1 ) )")),
        Arguments.of(
            "a rule name that ends the comment the executable model writes it into",
            rule(
                "Attack */ static { try { " + RUN + "; } catch (Throwable t) { } } /* ",
                "",
                "number > 20",
                INSERT)),
        Arguments.of(
            "a regular expression that takes forever",
            constraint("number > 20")
                .replace(
                    "Answer( question == \"temperature-c\", number > 20 )",
                    "Answer( question == \"temperature-c\", \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" matches \"((a*)*)*b\" )")),
        Arguments.of(
            "answer patterns that join every answer with every other",
            consequence(INSERT)
                .replace(
                    "Answer( question == \"temperature-c\", number > 20 )",
                    "Answer() Answer() Answer() Answer() Answer() Answer() Answer() Answer() Answer() Answer()")),
        Arguments.of(
            "every symptom joined with every other",
            consequence(INSERT)
                .replace(
                    "Answer( question == \"temperature-c\", number > 20 )",
                    "Answer( question == \"symptoms\" ) ".repeat(8))),
        Arguments.of(
            "conclusion patterns that join every conclusion with every other",
            consequence(INSERT)
                .replace(
                    "Answer( question == \"temperature-c\", number > 20 )",
                    "Answer( question == \"temperature-c\", number > 20 ) "
                        + "Condition() ".repeat(8))),
        Arguments.of(
            "a binding named after a keyword",
            consequence(INSERT).replace("Answer( question", "this : Answer( question")),
        Arguments.of(
            "a package whose classes would stand for the facts",
            consequence(INSERT).replace("package heavylegs.attack;", "package org.drools.model;")),
        Arguments.of(
            "a package named with a Java keyword",
            consequence(INSERT).replace("package heavylegs.attack;", "package heavylegs.int;")),
        Arguments.of(
            "a window",
            consequence(INSERT).replace("number > 20 )", "number > 20 ) over window:length( 2 )")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void ruleCodeThatWouldRunAnythingIsRefusedAndNothingRuns(String attack, String drl)
      throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path marker = tmp.resolve("ran");
    Files.writeString(
        kbase.resolve("conditions/attack.drl"), drl.replace("MARKER", marker.toString()));

    Run validate = heavylegs("validate", "--kbase", kbase.toString());
    Run consult =
        heavylegs(
            "consult", "--kbase", kbase.toString(), "--answers", "examples/hot-summer-runner.json");

    assertThat(validate.exitCode()).as(validate.out()).isEqualTo(3);
    assertThat(validate.out()).containsPattern("kbase/conditions/attack\\.drl:\\d+:\\d+: error: ");
    assertThat(consult.exitCode()).isEqualTo(3);
    assertThat(consult.out()).isEmpty();
    assertThat(marker).as("nothing in the rule file ran").doesNotExist();
  }

  @Test
  void everyCommandRefusesSuchAFileAndNothingRuns() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path marker = tmp.resolve("ran");
    Files.writeString(
        kbase.resolve("conditions/attack.drl"),
        consequence(INSERT + " // " + escape("000a") + " " + RUN + ";")
            .replace("MARKER", marker.toString()));
    Path profiles = Files.writeString(tmp.resolve("profiles.jsonl"), "{\"temperature-c\": 31}\n");
    String cacheDir = System.getProperty("heavylegs.cache.dir");
    System.setProperty("heavylegs.cache.dir", tmp.resolve("cache").toString());
    try {
      String dir = kbase.toString();
      assertThat(heavylegs("rules", "--kbase", dir).exitCode()).as("rules").isEqualTo(3);
      assertThat(heavylegs("test", "--kbase", dir).exitCode()).as("test").isEqualTo(3);
      assertThat(
              heavylegs("batch", "--kbase", dir, "--in", profiles.toString(), "--out", "-")
                  .exitCode())
          .as("batch")
          .isEqualTo(3);
      assertThat(heavylegs("cache", "--build", "--kbase", dir).exitCode())
          .as("cache --build")
          .isEqualTo(3);
    } finally {
      if (cacheDir == null) {
        System.clearProperty("heavylegs.cache.dir");
      } else {
        System.setProperty("heavylegs.cache.dir", cacheDir);
      }
    }
    assertThat(tmp.resolve("cache"))
        .as("nothing was cached")
        .satisfiesAnyOf(
            cache -> assertThat(cache).doesNotExist(),
            cache -> assertThat(cache).isEmptyDirectory());
    assertThat(marker).as("nothing in the rule file ran").doesNotExist();
  }

  @Test
  void codeInADecisionTableCellIsRefusedAtTheCell() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path marker = tmp.resolve("ran");
    ShippedKbase.edit(
        kbase.resolve("conditions/thresholds.drl.csv"),
        "\"25\",\"\",\"\",\"hot-conditions\"",
        "\"25\",\"\",\"\",\"hot-conditions\"\" ) ); "
            + RUN.replace("\"", "\"\"").replace("MARKER", marker.toString())
            + "; insertLogical( new Condition( \"\"hot-conditions\"");

    Run validate = heavylegs("validate", "--kbase", kbase.toString());
    Run test = heavylegs("test", "--kbase", kbase.toString());

    assertThat(validate.exitCode()).isEqualTo(3);
    assertThat(validate.out())
        .contains("kbase/conditions/thresholds.drl.csv:10:")
        .contains("may only insert conclusions after 'then'");
    assertThat(test.exitCode()).isEqualTo(3);
    assertThat(marker).as("nothing in the table ran").doesNotExist();
  }

  @Test
  void theMessageNamesTheEscapeWhereItStands() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Files.writeString(
        kbase.resolve("conditions/attack.drl"),
        consequence(INSERT + " // " + escape("000a") + " java.lang.Math.abs(1);"));

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    // line 12 holds the consequence; the escape is at column 57, after the insert and "// "
    assertThat(run.out())
        .contains(
            "kbase/conditions/attack.drl:12:57: error: rule \"Attack\" may only insert"
                + " conclusions after 'then'")
        .contains("a backslash is not allowed in rule code");
  }

  @Test
  void aFileThatDoesNotParseRunsNothingEither() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Path marker = tmp.resolve("ran");
    String broken =
        "rule \"Broken\"\n    @id(\"ATTACK-02\") @source(\"x\")\nwhen\n    Answer( question == \n"
            + "then\n    insertLogical( new Condition( \"dehydration\" ) );\nend\n";
    Files.writeString(
        kbase.resolve("conditions/attack.drl"),
        consequence(INSERT + " " + RUN + ";").replace("MARKER", marker.toString()) + "\n" + broken);

    Run consult =
        heavylegs(
            "consult", "--kbase", kbase.toString(), "--answers", "examples/hot-summer-runner.json");

    assertThat(consult.exitCode()).isEqualTo(3);
    assertThat(consult.err()).contains("kbase/conditions/attack.drl:").contains("syntax error");
    assertThat(marker).doesNotExist();
  }

  static Stream<Arguments> oversized() {
    String rule = consequence(INSERT);
    String header = rule.substring(0, rule.indexOf("rule \""));
    String body = rule.substring(rule.indexOf("rule \""));
    StringBuilder many = new StringBuilder(header);
    for (int i = 0; i < 2001; i++) {
      many.append(
          body.replace("\"Attack\"", "\"Attack " + i + "\"").replace("ATTACK-01", "ATTACK-" + i));
    }
    return Stream.of(
        Arguments.of(
            "brackets nested hundreds deep",
            constraint("(".repeat(400) + "number > 20" + ")".repeat(400)),
            "nested too deeply"),
        Arguments.of(
            "nots nested thousands deep",
            consequence(INSERT)
                .replace(
                    "Answer( question",
                    "not( ".repeat(3000)
                        + "Cause( id == \"x\" )"
                        + " )".repeat(3000)
                        + "\n    Answer( question"),
            "nested too deeply"),
        Arguments.of(
            "a rule file of several megabytes",
            consequence(INSERT) + "//" + "x".repeat(2_000_000) + "\n",
            "larger than 1024 KB"),
        Arguments.of("thousands of rules", many.toString(), "rules: heavylegs reads at most 2000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oversized")
  void aRuleFileBeyondWhatTheCheckersCanReadIsRefusedNotCrashedOn(
      String what, String drl, String message) throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Files.writeString(kbase.resolve("conditions/attack.drl"), drl);

    Run validate = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isEqualTo(3);
    assertThat(validate.out()).contains(message);
  }

  @Test
  void everyFormTheGuideTeachesStillPasses() throws IOException {
    Path kbase = ShippedKbase.copyTo(tmp.resolve("kbase"));
    Files.writeString(
        kbase.resolve("conditions/taught.drl"),
        """
        package heavylegs.taught;
        import dev.heavylegs.facts.*;

        rule "Dehydration: every form of condition the guide teaches"
            @id("TAUGHT-01")
            @source("test")
        when
            // a number in a range
            $t : Answer( question == "temperature-c", number > 20 && number < 45, $n : number )
            // a choice among several, and one that is not
            Answer( question == "usual-effort", value in ( "moderate", "hard" ), value not in ( "easy" ) )
            // either of two answers /* with a comment */
            ( Answer( question == "symptoms", value == "thirst" ) or Answer( question == "symptoms", value == "dark-urine" ) )
            // no red flag, some cause or none, and a count
            not Referral( urgency == Urgency.EMERGENCY )
            exists( Answer( question == "symptoms" ) )
            Number( intValue >= 1 ) from accumulate( Answer( question == "symptoms" ), count( 1 ) )
            Answer( question == "run-duration-min", !( number < 0 ) )
        then
            // a comment, and an empty statement
            insertLogical( new Condition( "dehydration" ) ); ;
        end
        """);

    Run run = heavylegs("validate", "--kbase", kbase.toString());

    assertThat(run.out()).doesNotContain(": error: ");
    assertThat(run.exitCode()).isZero();
  }
}
