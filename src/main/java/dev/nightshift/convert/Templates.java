package dev.nightshift.convert;

/** The backends' query templates, {@code {field}}, {@code {value}} and the like, filled in. */
final class Templates {

    private Templates() {
    }

    /** The template with each {@code {name}} replaced by its value, in one pass (a value is never read again). */
    static String fill(String template, String... namesAndValues) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        outer:
        while (i < template.length()) {
            if (template.charAt(i) == '{') {
                for (int k = 0; k < namesAndValues.length; k += 2) {
                    String key = "{" + namesAndValues[k] + "}";
                    if (template.startsWith(key, i)) {
                        out.append(namesAndValues[k + 1]);
                        i += key.length();
                        continue outer;
                    }
                }
            }
            out.append(template.charAt(i++));
        }
        return out.toString();
    }
}
