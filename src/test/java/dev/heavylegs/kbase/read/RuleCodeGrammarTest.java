package dev.heavylegs.kbase.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.heavylegs.facts.Conclusion.Kind;
import dev.heavylegs.facts.Urgency;
import dev.heavylegs.kbase.ConclusionRef;
import dev.heavylegs.kbase.drl.ConsequenceReader;
import dev.heavylegs.kbase.drl.ConstraintGrammar;
import dev.heavylegs.kbase.drl.RuleCodeLexer.RuleCodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammars that decide what a rule's code may be: what they accept, and where they stop. */
class RuleCodeGrammarTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "question == \"temperature-c\"",
        "number >= 640",
        "number > 20 && number < 45",
        "number > 3 && < 10",
        "value in ( \"moderate\", \"hard\" )",
        "value not in (\"easy\")",
        "!( number < 0 )",
        "$n : number",
        "$n : number > 30",
        "urgency == Urgency.EMERGENCY",
        "number == -5",
        "value != null",
        "(number < 1 || number > 3) && value == \"x\"",
        "intValue >= 2",
        "number > $n",
        "distance > 60"
      })
  void conditionsTheGuideTeachesAreAccepted(String constraint) {
    assertThatCode(() -> ConstraintGrammar.check(constraint)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "number > java.lang.Math.random()|9|'java' in a condition is not allowed",
        "ProcessHandle.current().pid() > 0|0|'ProcessHandle' in a condition is not allowed",
        "value == new String(\"x\")|9|'new' in a condition is not allowed",
        "number > size()|9|'size' in a condition is not allowed",
        "value == \"a\" + \"b\"|13|'+' is not allowed here",
        "value == 'hard'|9|' is not allowed here: write texts in double quotes",
        "value == \"a\\u0022\"|11|a backslash is not allowed",
        "number > 1e3|9|write a number as plain digits",
        "number > 640km|9|write a number as plain digits",
        "this.value == \"x\"|0|'this' in a condition is not allowed",
        "number > 3 ; value == \"x\"|11|';' is out of place",
        "value == \"x\" # comment|13|'#' is not allowed here",
        "number >|8|the condition ends",
        "value matches \"((a*)*)*b\"|6|'matches' is out of place",
        "\"aaaa\" == value|0|a test starts with the field it tests",
        "this == $x|0|'this' is out of place",
        "$ == \"x\"|0|'$' is out of place",
        "n : number|0|a binding is a name that starts with $",
        "value == \"*/ static {\"|10|'*/' is not allowed in a text",
        "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!(number > 3)|32|nested too deeply"
      })
  void anythingElseStopsAtTheTokenOutOfPlace(String constraint, int offset, String message) {
    RuleCodeException refused =
        catchThrowableOfType(() -> ConstraintGrammar.check(constraint), RuleCodeException.class);

    assertThat(refused).as(constraint).isNotNull();
    assertThat(refused.offset()).as(constraint).isEqualTo(offset);
    assertThat(refused.getMessage()).as(constraint).contains(message);
  }

  @Test
  void aConsequenceIsReadForWhatItConcludes() {
    ConsequenceReader.Reading reading =
        ConsequenceReader.read(
            """
        insertLogical( new Condition( "dehydration" ) ); // why
        /* and */ insertLogical(new Referral("chest-symptoms",Urgency.EMERGENCY));;
        """);

    assertThat(reading.problem()).isEmpty();
    assertThat(reading.made())
        .containsExactly(
            new ConclusionRef(Kind.CONDITION, "dehydration"),
            new ConclusionRef(Kind.REFERRAL, "chest-symptoms"));
    assertThat(reading.urgency()).isEqualTo(Urgency.EMERGENCY);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "insertLogical( new Condition( \"a\" ) ); System.exit(1);|39|but it also does: System.exit(1)",
        "insertLogical( new Condition( \"a\" ) ); // ok\r System.exit(1);|46|but it also does: System.exit(1)",
        "insertLogical( new Condition( \"a\" + x ) );|34|'+' is not allowed here",
        "insertLogical( new Condition( \"a b\" ) );|30|id is one quoted word",
        "insertLogical( new Condition( \"a\" ) {} );|36|'{' is not allowed here",
        "insertLogical( new Referral( \"a\", Urgency.SOON ) );|42|Urgency.EMERGENCY, Urgency.URGENT or Urgency.ROUTINE",
        "insertLogical( new Referral( \"a\" ) );|33|expected ','",
        "insertLogical( new java.io.File( \"a\" ) );|19|not 'java'",
        "insert( new Condition( \"a\" ) );|0|but it also does: insert( new Condition(",
        "insertLogical( new Condition( \"a\" ) ) /* open|38|never closed"
      })
  void aConsequenceStopsAtWhatItMayNotDo(String consequence, int offset, String message) {
    ConsequenceReader.Reading reading = ConsequenceReader.read(consequence);

    assertThat(reading.problem())
        .as(consequence)
        .hasValueSatisfying(
            problem -> {
              assertThat(problem.offset()).as(consequence).isEqualTo(offset);
              assertThat(problem.message()).as(consequence).contains(message);
            });
  }
}
