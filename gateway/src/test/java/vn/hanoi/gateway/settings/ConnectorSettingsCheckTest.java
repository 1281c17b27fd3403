package vn.hanoi.gateway.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;
import vn.hanoi.gateway.routes.registers.RegisterDescriptor;
import vn.hanoi.gateway.routes.registers.Registers;

/** Every connector (each register's, from its descriptor, and the portal's) needs its base URL and credentials. */
class ConnectorSettingsCheckTest {

    private static final Registers REGISTERS = Registers.scan();

    @Test
    void aFullyConfiguredGatewayStarts() {
        assertThat(ConnectorSettingsCheck.missing(everythingSet(), REGISTERS)).isEmpty();
    }

    @Test
    void eachMissingBaseUrlOrCredentialIsNamedWithItsEnvironmentVariable() {
        RegisterDescriptor register = REGISTERS.all().get(0);
        String credential = "gateway.connectors." + register.name() + "." + register.credentialKeys().get(0);
        MockEnvironment environment = everythingSet()
                .withProperty("gateway.connectors." + register.name() + ".base-url", " ")
                .withProperty(credential, "");

        assertThat(ConnectorSettingsCheck.missing(environment, REGISTERS)).containsExactly(
                "gateway.connectors." + register.name() + ".base-url (GATEWAY_CONNECTORS_"
                        + ConnectorSettingsCheck.environmentVariable(register.name()) + "_BASEURL)",
                credential + " (" + ConnectorSettingsCheck.environmentVariable(credential) + ")");
    }

    @Test
    void aRegisterOnThePlatformNeedsItsProviderCodeAndThePlatformsSettingsNotItsOwn() {
        RegisterDescriptor register = REGISTERS.all().get(0);
        String prefix = "gateway.connectors." + register.name() + ".";
        MockEnvironment environment = everythingSet()
                .withProperty(prefix + "transport", "platform")
                .withProperty(prefix + "base-url", "")
                .withProperty(prefix + register.credentialKeys().get(0), "");

        assertThat(ConnectorSettingsCheck.missing(environment, REGISTERS)).containsExactly(
                prefix + "platform.provider (" + ConnectorSettingsCheck.environmentVariable(prefix + "platform.provider") + ")",
                "gateway.platform.base-url (GATEWAY_PLATFORM_BASEURL)",
                "gateway.platform.consumer-code (GATEWAY_PLATFORM_CONSUMERCODE)",
                "gateway.platform.consumer-secret (GATEWAY_PLATFORM_CONSUMERSECRET)");

        ConnectorSettingsCheck.PLATFORM_SETTINGS.forEach(key -> environment.setProperty(key, "value"));
        environment.setProperty(prefix + "platform.provider", "BCA.DANCU");
        assertThat(ConnectorSettingsCheck.missing(environment, REGISTERS)).isEmpty();
    }

    @Test
    void withTheSandboxOffTheStartUpIsRefusedSayingSo() {
        ConnectorSettingsCheck check = new ConnectorSettingsCheck();
        check.setEnvironment(new MockEnvironment().withProperty(ConnectorSettingsCheck.SANDBOX_ENABLED, "false"));

        assertThatThrownBy(() -> check.postProcessBeanFactory(new DefaultListableBeanFactory()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gateway.connectors." + ConnectorSettingsCheck.PORTAL + ".base-url")
                .hasMessageContaining("The sandbox is off");
    }

    private static MockEnvironment everythingSet() {
        MockEnvironment environment = new MockEnvironment();
        for (RegisterDescriptor register : REGISTERS.all()) {
            set(environment, register.name(), "base-url");
            register.credentialKeys().forEach(key -> set(environment, register.name(), key));
        }
        set(environment, ConnectorSettingsCheck.PORTAL, "base-url");
        ConnectorSettingsCheck.PORTAL_CREDENTIALS.forEach(key -> set(environment, ConnectorSettingsCheck.PORTAL, key));
        return environment;
    }

    private static void set(MockEnvironment environment, String connector, String key) {
        environment.setProperty("gateway.connectors." + connector + "." + key, "value");
    }
}
