package org.minipublic.app.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    @ParameterizedTest(name = "\"{0}\" is {1} pence")
    @CsvSource(
            delimiter = '|',
            value = {
                "150|15000",
                "£150|15000",
                "150.5|15050",
                "150.50|15050",
                " £ 12.05 |1205",
                "1,200|120000",
                "1,200.99|120099",
                "150,50|15050",
                "0|0",
                "''|0",
                "100000|10000000"
            })
    void readsPoundsAsPeopleTypeThem(String typed, long pence) {
        assertThat(Money.parsePence(typed)).hasValue(pence);
    }

    @ParameterizedTest(name = "\"{0}\" is not an amount")
    @ValueSource(strings = {"-5", "12.345", "abc", "1,20,0", "1.200,50", "100000.01", "12e3", "1 000 000 000"})
    void refusesWhatIsNotAnAmountOrTooLarge(String typed) {
        assertThat(Money.parsePence(typed)).isEmpty();
    }

    @ParameterizedTest(name = "{0} pence reads {1} and {2}")
    @CsvSource(
            delimiter = '|',
            value = {"0|0.00|£0.00", "5|0.05|£0.05", "15050|150.50|£150.50", "120000|1200.00|£1,200.00"})
    void writesPenceAsPounds(long pence, String plain, String display) {
        assertThat(Money.plain(pence)).isEqualTo(plain);
        assertThat(Money.display(pence)).isEqualTo(display);
        assertThat(Money.pounds(pence)).hasToString(plain);
    }
}
