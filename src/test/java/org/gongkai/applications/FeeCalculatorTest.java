package org.gongkai.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gongkai.applications.service.FeeCalculator;
import org.gongkai.applications.service.FeeCalculator.Mode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fee tables of 国办函〔2020〕109号 at their edges. */
class FeeCalculatorTest {

    @ParameterizedTest(name = "{0} × {1} = ¥{2}")
    @CsvSource({
            "ITEMS, 10, 0",
            "ITEMS, 11, 100",
            "ITEMS, 30, 2000",
            "ITEMS, 31, 2200",
            "ITEMS, 40, 4000",
            "ITEMS, 41, 4300",
            "PAGES, 30, 0",
            "PAGES, 31, 10",
            "PAGES, 100, 700",
            "PAGES, 101, 720",
            "PAGES, 200, 2700",
            "PAGES, 201, 2740",
    })
    void fees(Mode mode, int quantity, long expected) {
        assertEquals(expected, FeeCalculator.fee(mode, quantity));
    }
}
