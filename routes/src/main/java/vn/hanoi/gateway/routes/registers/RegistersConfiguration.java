package vn.hanoi.gateway.routes.registers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registers of this build, as a bean. */
@Configuration(proxyBeanMethods = false)
class RegistersConfiguration {

    @Bean
    Registers registers() {
        return Registers.scan();
    }
}
