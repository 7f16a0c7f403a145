package io.arrflow.prober;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ProberApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProberApplication.class, args);
    }
}
