package io.arrflow.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class FileNameEncodingTest {

    @Test
    void utf8_file_names_need_no_word() {
        assertThat(FileNameEncoding.warning("UTF-8")).isEmpty();
        assertThat(FileNameEncoding.warning("utf8")).isEmpty();
    }

    @Test
    void the_ascii_of_the_posix_locale_is_named_with_the_fix(CapturedOutput output) {
        new FileNameEncoding("ANSI_X3.4-1968");

        assertThat(output)
                .contains("file names are read as ANSI_X3.4-1968, not UTF-8")
                .contains("Start arrflow with LANG=C.UTF-8");
    }

    @Test
    void this_jvm_reports_its_own_encoding() {
        assertThat(FileNameEncoding.ofThisJvm().encoding()).isEqualTo(System.getProperty("sun.jnu.encoding"));
    }
}
