package vn.hanoi.gateway.sandbox;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;

/** A response transformer that acts only on the stubs naming it ({@code withTransformers(name)}). */
abstract class StubTransformer implements ResponseDefinitionTransformerV2 {

    private final String name;

    StubTransformer(String name) {
        this.name = name;
    }

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final boolean applyGlobally() {
        return false;
    }
}
