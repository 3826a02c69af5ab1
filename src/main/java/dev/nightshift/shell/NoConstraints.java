package dev.nightshift.shell;

import jakarta.validation.BootstrapConfiguration;
import jakarta.validation.ClockProvider;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ParameterNameProvider;
import jakarta.validation.TraversableResolver;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorContext;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.spi.BootstrapState;
import jakarta.validation.spi.ConfigurationState;
import jakarta.validation.spi.ValidationProvider;
import jakarta.validation.valueextraction.ValueExtractor;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * The Bean Validation provider for a program that declares no constraints. Spring Shell checks every command's
 * parameters against their {@code jakarta.validation} constraints, and builds a validator for it when its first class
 * loads; nightshift's commands declare none (each checks its own options and says what is wrong in its own words,
 * see {@link BadInputException}), so Hibernate Validator, whose start-up cost a one-shot command about a twentieth of
 * its time, is left out of the build and this provider answers instead: every check finds nothing to object to.
 * {@code ArchitectureTest} keeps constraint annotations out of nightshift's code, where they would be ignored.
 */
public final class NoConstraints implements ValidationProvider<NoConstraints.Settings> {

    private static final Factory FACTORY = new Factory();

    @Override
    public Settings createSpecializedConfiguration(BootstrapState state) {
        return new Settings();
    }

    @Override
    public Configuration<?> createGenericConfiguration(BootstrapState state) {
        return new Settings();
    }

    @Override
    public ValidatorFactory buildValidatorFactory(ConfigurationState state) {
        return FACTORY;
    }

    private static ValidationException unsupported(String what) {
        return new ValidationException(what + " is not available: nightshift declares no Bean Validation constraints");
    }

    /** The provider's configuration: every setting is accepted and has no effect, since nothing is validated. */
    public static final class Settings implements Configuration<Settings> {

        @Override
        public Settings ignoreXmlConfiguration() {
            return this;
        }

        @Override
        public Settings messageInterpolator(MessageInterpolator interpolator) {
            return this;
        }

        @Override
        public Settings traversableResolver(TraversableResolver resolver) {
            return this;
        }

        @Override
        public Settings constraintValidatorFactory(ConstraintValidatorFactory factory) {
            return this;
        }

        @Override
        public Settings parameterNameProvider(ParameterNameProvider provider) {
            return this;
        }

        @Override
        public Settings clockProvider(ClockProvider provider) {
            return this;
        }

        @Override
        public Settings addValueExtractor(ValueExtractor<?> extractor) {
            return this;
        }

        @Override
        public Settings addMapping(InputStream stream) {
            return this;
        }

        @Override
        public Settings addProperty(String name, String value) {
            return this;
        }

        @Override
        public MessageInterpolator getDefaultMessageInterpolator() {
            return null;
        }

        @Override
        public TraversableResolver getDefaultTraversableResolver() {
            return null;
        }

        @Override
        public ConstraintValidatorFactory getDefaultConstraintValidatorFactory() {
            return null;
        }

        @Override
        public ParameterNameProvider getDefaultParameterNameProvider() {
            return null;
        }

        @Override
        public ClockProvider getDefaultClockProvider() {
            return null;
        }

        @Override
        public BootstrapConfiguration getBootstrapConfiguration() {
            return null;
        }

        @Override
        public ValidatorFactory buildValidatorFactory() {
            return FACTORY;
        }
    }

    private static final class Factory implements ValidatorFactory {

        private static final Checks CHECKS = new Checks();

        @Override
        public Validator getValidator() {
            return CHECKS;
        }

        @Override
        public ValidatorContext usingContext() {
            throw unsupported("a validator context");
        }

        @Override
        public MessageInterpolator getMessageInterpolator() {
            return null;
        }

        @Override
        public TraversableResolver getTraversableResolver() {
            return null;
        }

        @Override
        public ConstraintValidatorFactory getConstraintValidatorFactory() {
            return null;
        }

        @Override
        public ParameterNameProvider getParameterNameProvider() {
            return null;
        }

        @Override
        public ClockProvider getClockProvider() {
            return null;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw unsupported(type.getName());
        }

        @Override
        public void close() {
            // nothing was opened
        }
    }

    /** The checks of objects and of method parameters: with no constraints declared, none is violated. */
    private static final class Checks implements Validator, ExecutableValidator {

        @Override
        public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateProperty(T object, String property, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateValue(Class<T> type, String property, Object value,
                                                             Class<?>... groups) {
            return Set.of();
        }

        @Override
        public BeanDescriptor getConstraintsForClass(Class<?> type) {
            throw unsupported("constraint metadata");
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw unsupported(type.getName());
        }

        @Override
        public ExecutableValidator forExecutables() {
            return this;
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateParameters(T object, Method method, Object[] parameters,
                                                                  Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateReturnValue(T object, Method method, Object returned,
                                                                   Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateConstructorParameters(Constructor<? extends T> constructor,
                                                                             Object[] parameters, Class<?>... groups) {
            return Set.of();
        }

        @Override
        public <T> Set<ConstraintViolation<T>> validateConstructorReturnValue(Constructor<? extends T> constructor,
                                                                              T created, Class<?>... groups) {
            return Set.of();
        }
    }
}
