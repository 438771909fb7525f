package dev.tablesmith.runtime.internal;

import dev.tablesmith.runtime.InvalidValueException;
import dev.tablesmith.runtime.ValueDecodeException;
import java.math.BigDecimal;

/**
 * DynamoDB's number rules: at most 38 significant digits, magnitude between 1E-130 and
 * 9.99...E+125 (or zero). Checked before sending, because DynamoDB would refuse the request.
 */
public final class NumberText {
    private static final int MAX_PRECISION = 38;
    private static final int MAX_EXPONENT = 125;
    private static final int MIN_EXPONENT = -130;

    private NumberText() {
    }

    /**
     * @param value any decimal
     * @return its N text
     * @throws InvalidValueException when DynamoDB cannot store it
     */
    public static String of(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return "0";
        }
        if (stripped.precision() > MAX_PRECISION) {
            throw new InvalidValueException("number " + value + " has " + stripped.precision()
                    + " significant digits; DynamoDB keeps at most " + MAX_PRECISION);
        }
        int exponent = stripped.precision() - stripped.scale() - 1;
        if (exponent > MAX_EXPONENT || exponent < MIN_EXPONENT) {
            throw new InvalidValueException("number " + value
                    + " is outside DynamoDB's range (1E-130 to 9.99E+125)");
        }
        return stripped.toString();
    }

    /**
     * @param value a finite double
     * @return its N text
     * @throws InvalidValueException for NaN, infinities and values out of DynamoDB's range
     */
    public static String of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new InvalidValueException("number " + value + " cannot be stored in DynamoDB");
        }
        return of(BigDecimal.valueOf(value));
    }

    /**
     * @param text N text
     * @return the decimal
     */
    public static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ValueDecodeException("'" + text + "' is not a number");
        }
    }

    /**
     * @param text N text of a whole number
     * @return the long
     */
    public static long longValue(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            try {
                return decimal(text).longValueExact();
            } catch (ArithmeticException notWhole) {
                throw new ValueDecodeException("number " + text + " is not a whole long");
            }
        }
    }
}
