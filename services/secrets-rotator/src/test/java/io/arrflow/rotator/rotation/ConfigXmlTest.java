package io.arrflow.rotator.rotation;

import static io.arrflow.rotator.audit.FakeSecrets.arrKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigXmlTest {

    private static final String OLD = arrKey(100);
    private static final String NEW = arrKey(101);

    private static String sonarrConfig(String key) {
        return "<Config>\n  <BindAddress>*</BindAddress>\n  <Port>8989</Port>\n  <ApiKey>" + key
                + "</ApiKey>\n  <AuthenticationMethod>Forms</AuthenticationMethod>\n</Config>\n";
    }

    @Test
    void reads_the_api_key() {
        assertThat(ConfigXml.apiKey(sonarrConfig(OLD))).contains(new ApiKey(OLD));
    }

    @Test
    void replaces_the_api_key_and_keeps_everything_else() {
        assertThat(ConfigXml.withApiKey(sonarrConfig(OLD), new ApiKey(NEW))).isEqualTo(sonarrConfig(NEW));
    }

    @Test
    void adds_an_api_key_to_a_config_that_has_none() {
        String updated = ConfigXml.withApiKey("<Config>\n  <Port>8989</Port>\n</Config>\n", new ApiKey(NEW));
        assertThat(ConfigXml.apiKey(updated)).contains(new ApiKey(NEW));
    }

    @Test
    void finds_no_key_in_an_empty_element_and_refuses_a_file_that_is_not_an_arr_config() {
        assertThat(ConfigXml.apiKey("<Config><ApiKey></ApiKey></Config>")).isEmpty();
        assertThatThrownBy(() -> ConfigXml.withApiKey("<settings/>", new ApiKey(NEW)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
