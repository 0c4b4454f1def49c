package org.gongkai.common.error;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors for query parameters so that one 400 names every failing field at once.
 * Query parameters are taken as strings and parsed here: a framework conversion failure would not
 * say which field was wrong.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    public LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) errors.add(new FieldError(field, "is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "is not a date in the form YYYY-MM-DD: " + abbreviate(value)));
            return null;
        }
    }

    public Integer integer(String field, String value, Integer defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            if (defaultValue == null) errors.add(new FieldError(field, "is required"));
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(value.trim());
            if (v < min || v > max) {
                errors.add(new FieldError(field, "must be between " + min + " and " + max));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "is not a whole number: " + abbreviate(value)));
            return null;
        }
    }

    public boolean bool(String field, String value, boolean defaultValue) {
        if (value == null || value.isBlank()) return defaultValue;
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new FieldError(field, "must be true or false"));
                yield defaultValue;
            }
        };
    }

    public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, E defaultValue) {
        if (value == null || value.isBlank()) {
            if (defaultValue == null) errors.add(new FieldError(field, "is required"));
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** Optional phone number: digits, +, - and spaces, 5 to 20. */
    public static boolean phoneOk(String phone) {
        return phone == null || phone.isBlank() || phone.trim().matches("[0-9+\\- ]{5,20}");
    }

    /** Optional e-mail address: something@something. */
    public static boolean emailOk(String email) {
        return email == null || email.isBlank() || email.trim().matches("[^@\\s]{1,64}@[^@\\s]{1,190}");
    }

    public void check(boolean ok, String field, String message) {
        if (!ok) errors.add(new FieldError(field, message));
    }

    public boolean hasErrors() { return !errors.isEmpty(); }

    /** Throws a 400 naming every failing field, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) throw ProblemException.badFields(errors);
    }

    private static String abbreviate(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }

    /** Null, empty or only white space. The one definition (it was written in seven places). */
    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A required text of at most {@code max} characters, or a 400 naming the request's field. */
    public static void requireText(String field, String v, int max) {
        if (blank(v) || v.length() > max) throw ProblemException.badField(field, "is required, at most " + max + " characters");
    }

    /** A text field into a list of errors: required or not, at most {@code max} characters (issue 11: one helper, not one per feature). */
    public static void text(java.util.List<FieldError> errors, String field, String v, int max, boolean required) {
        if (required && blank(v)) errors.add(new FieldError(field, "is required, at most " + max + " characters"));
        else if (v != null && v.length() > max) errors.add(new FieldError(field, "is at most " + max + " characters"));
    }

    /** An optional web address: https (or, with {@code httpToo}, http too), at most 500 characters. */
    public static void webAddress(java.util.List<FieldError> errors, String field, String url, boolean httpToo) {
        if (blank(url)) return;
        boolean scheme = url.startsWith("https://") || (httpToo && url.startsWith("http://"));
        if (!scheme || url.length() > 500) errors.add(new FieldError(field, (httpToo ? "is a web address (http or https)" : "is an https link") + ", at most 500 characters"));
    }
}
