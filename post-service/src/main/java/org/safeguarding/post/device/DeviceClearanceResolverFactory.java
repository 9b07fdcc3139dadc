package org.safeguarding.post.device;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

/**
 * Lets a command handler take a {@link DeviceClearance} parameter, read from the
 * command's metadata. Registered through {@code META-INF/services}, so test fixtures
 * resolve it too (to "not required" when the metadata does not say otherwise).
 */
public class DeviceClearanceResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<DeviceClearance> createInstance(Executable executable, Parameter[] parameters, int index) {
        if (!DeviceClearance.class.equals(parameters[index].getType())) {
            return null;
        }
        return new ParameterResolver<>() {
            @Override
            public DeviceClearance resolveParameterValue(Message<?> message) {
                return DeviceClearance.of(message.getMetaData());
            }

            @Override
            public boolean matches(Message<?> message) {
                return true;
            }
        };
    }

}
