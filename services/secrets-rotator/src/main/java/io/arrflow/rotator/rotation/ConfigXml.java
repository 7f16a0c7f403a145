package io.arrflow.rotator.rotation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and replaces the {@code <ApiKey>} of an arr {@code config.xml}, leaving everything else as it was. */
public final class ConfigXml {

    private static final Pattern API_KEY = Pattern.compile("<ApiKey>\\s*([^<]*?)\\s*</ApiKey>");

    private ConfigXml() {}

    public static Optional<ApiKey> apiKey(String xml) {
        Matcher matcher = API_KEY.matcher(xml);
        return matcher.find() && !matcher.group(1).isBlank()
                ? Optional.of(new ApiKey(matcher.group(1)))
                : Optional.empty();
    }

    /** The same document with the new key; a document without {@code <ApiKey>} gets one in {@code <Config>}. */
    public static String withApiKey(String xml, ApiKey key) {
        String element = "<ApiKey>" + key.value() + "</ApiKey>";
        Matcher matcher = API_KEY.matcher(xml);
        if (matcher.find()) {
            return xml.substring(0, matcher.start()) + element + xml.substring(matcher.end());
        }
        int close = xml.lastIndexOf("</Config>");
        if (close < 0) {
            throw new IllegalArgumentException("not an arr config.xml: no <Config> element");
        }
        return xml.substring(0, close) + "  " + element + "\n" + xml.substring(close);
    }
}
