package dev.heavylegs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.ShippedKbase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every scenario of the shipped kbase as its own test. */
class ShippedScenariosTest {

  @TestFactory
  Stream<DynamicTest> everyShippedScenarioPasses() throws ScenarioFileException {
    List<Scenario> scenarios = ScenarioReader.readAll(ShippedKbase.DIR, "kbase");
    assertThat(scenarios).isNotEmpty();
    ScenarioRunner runner = new ScenarioRunner(ShippedKbase.get());
    return scenarios.stream()
        .map(
            s ->
                DynamicTest.dynamicTest(
                    s.toString(), () -> assertThat(runner.failures(s)).as(s.toString()).isEmpty()));
  }
}
