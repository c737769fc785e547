package io.switchboard.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.infrastructure.config.ClockProducer;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.primefaces.model.LazyDataModel;

/**
 * Whatever a session or view bean keeps can go to the other node of the cluster ({@code <distributable/>}): WildFly
 * replicates the HTTP session with JBoss Marshalling, which follows {@link Serializable}, and Mojarra keeps the
 * view-scoped beans in the session. Weld does not inject a transient field again after the trip, so a bean keeps
 * its services in plain fields, which only passivation-capable beans may fill (session beans and normal-scoped
 * beans arrive as proxies; a {@code @Dependent} value is kept itself).
 * <p>
 * The checks read declared types, so what a field holds through an interface is only as serializable as what the
 * code puts in it (a {@code List} is trusted to be a JDK list); a lambda is checked through its functional
 * interface, which must extend {@link Serializable}.
 */
class SessionStateSerializableTest {

    /**
     * Transient {@code @Inject} fields allowed on purpose, as "Bean.field": a {@code @Dependent} bean that is not
     * Serializable, kept transient and obtained again ({@code CDI.current().select(...)}) when it is null after a
     * fail-over. None today.
     */
    private static final Set<String> TRANSIENT_INJECTIONS = Set.of();

    /** Interfaces whose values here are the JDK's serializable collections and times, or CDI events. */
    private static final Set<String> TRUSTED_INTERFACE_PACKAGES = Set.of("java.util", "java.time",
            "jakarta.enterprise.event");

    private static final String PROJECT = "io.switchboard.";

    private final List<String> problems = new ArrayList<>();
    /** Serializable classes whose fields were checked already (the beans themselves are checked field by field). */
    private final Set<Class<?>> checked = new HashSet<>();

    /** The classes of io.switchboard.interfaces.web and below that CDI keeps in the HTTP session. */
    static List<Class<?>> sessionBeans() throws Exception {
        Path classes = Path.of(WorkbenchView.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path root = classes.resolve(WorkbenchView.class.getPackageName().replace('.', '/'));
        assertTrue(Files.isDirectory(root), "no compiled classes at " + root);
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
                if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)
                        || c.isAnnotationPresent(ConversationScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }

    @Test
    void findsTheBeansOfTheSession() throws Exception {
        List<Class<?>> beans = sessionBeans();
        // UserSession is request-scoped: it reads one immutable value the login put into the session
        assertTrue(beans.containsAll(List.of(LocaleView.class, WorkbenchView.class,
                RecordsView.class, io.switchboard.interfaces.web.admin.SettingsView.class,
                io.switchboard.interfaces.web.workbench.ChatPanel.class)), "missing from " + beans);
        assertTrue(beans.size() >= 20, "only " + beans);
    }

    @Test
    void everyBeanIsSerializable() throws Exception {
        for (Class<?> bean : sessionBeans()) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + ": does not implement Serializable");
            }
        }
        assertNone();
    }

    @Test
    void injectedFieldsAreKeptAndPassivationCapable() throws Exception {
        for (Class<?> bean : sessionBeans()) {
            for (Field field : bean.getDeclaredFields()) {
                if (!field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                String where = bean.getSimpleName() + "." + field.getName() + ": " + field.getType().getName();
                if (Modifier.isTransient(field.getModifiers())) {
                    if (!TRANSIENT_INJECTIONS.contains(bean.getSimpleName() + "." + field.getName())) {
                        problems.add(where + " is transient: null on the other node, Weld does not inject it again");
                    }
                } else {
                    String why = notPassivationCapable(field.getType());
                    if (why != null) {
                        problems.add(where + " " + why);
                    }
                }
            }
        }
        assertNone();
    }

    @Test
    void everyKeptValueIsSerializable() throws Exception {
        List<Class<?>> beans = sessionBeans();
        checked.addAll(beans);
        for (Class<?> bean : beans) {
            checkFields(bean, bean.getSimpleName());
            for (Class<?> nested : bean.getDeclaredClasses()) {
                if (LazyDataModel.class.isAssignableFrom(nested)) {
                    checkClass(nested, bean.getSimpleName() + "." + nested.getSimpleName());
                }
            }
        }
        assertNone();
    }

    /** Null when Weld may inject the type into a plain field of a passivating bean, else why not. */
    private static String notPassivationCapable(Class<?> type) throws ReflectiveOperationException {
        if (type == Event.class || type == Instance.class || normalScoped(type)) {
            return null; // serializable built-in beans; a client proxy
        }
        if (type.isInterface() && type.getName().startsWith(PROJECT + "application.")) {
            String implementation = PROJECT + "application.internal.Default" + type.getSimpleName();
            Class<?> bean;
            try {
                bean = Class.forName(implementation, false, SessionStateSerializableTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return "has no " + implementation + " to tell what is injected";
            }
            if (bean.isAnnotationPresent(Stateless.class) || bean.isAnnotationPresent(Singleton.class)
                    || bean.isAnnotationPresent(Stateful.class) || normalScoped(bean)
                    || Serializable.class.isAssignableFrom(bean)) {
                return null; // a session bean's proxy, a client proxy, or a serializable @Dependent bean
            }
            return "is a @Dependent bean that is not Serializable (WELD-001413)";
        }
        if (type == Clock.class) {
            // ClockProducer's @Dependent clock is kept itself: Weld checks the produced value (WELD-000054)
            Method clock = ClockProducer.class.getDeclaredMethod("clock");
            clock.setAccessible(true);
            ClockProducer producer = new ClockProducer();
            java.lang.reflect.Field settings = ClockProducer.class.getDeclaredField("settings");
            settings.setAccessible(true);
            settings.set(producer, new io.switchboard.infrastructure.config.SwitchboardSettings());
            // the system clock, and the test clock of a server started with SWITCHBOARD_TEST_CLOCK=true
            return clock.invoke(producer) instanceof Serializable
                    && new io.switchboard.infrastructure.config.TestClock() instanceof Serializable ? null
                    : "is produced by ClockProducer as a clock that is not Serializable";
        }
        if (Serializable.class.isAssignableFrom(type)) {
            return null; // a @Dependent bean, kept itself
        }
        return "is a @Dependent bean that is not Serializable (WELD-001413): make it Serializable, or keep it "
                + "transient, obtain it again when null and list it in TRANSIENT_INJECTIONS";
    }

    private static boolean normalScoped(Class<?> type) {
        for (Annotation a : type.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(NormalScope.class)) {
                return true;
            }
        }
        return false;
    }

    /** The fields serialization writes: not static, not transient; injected ones are checked on their own. */
    private void checkFields(Class<?> c, String owner) {
        for (Field field : c.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers)
                    && !field.isAnnotationPresent(Inject.class)) {
                checkType(field.getGenericType(), owner + "." + field.getName());
            }
        }
        Class<?> parent = c.getSuperclass();
        if (parent != null && parent.getName().startsWith(PROJECT) && Serializable.class.isAssignableFrom(parent)) {
            checkFields(parent, owner);
        }
    }

    /** The type and each of its type arguments, e.g. {@code PagedRows<StaffView>}, {@code Map<String, Foo>}. */
    private void checkType(Type type, String where) {
        if (type instanceof ParameterizedType p) {
            checkType(p.getRawType(), where);
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, where);
            }
        } else if (type instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), where);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, where);
            }
        } else if (type instanceof Class<?> c) {
            checkClass(c, where);
        }
        // a type variable (T of PagedRows<T>) is checked where it is bound: PagedRows<StaffView>
    }

    private void checkClass(Class<?> c, String where) {
        if (c.isPrimitive()) {
            return;
        }
        if (c.isArray()) {
            checkClass(c.getComponentType(), where);
            return;
        }
        if (c.isInterface()) {
            if (!Serializable.class.isAssignableFrom(c) && !TRUSTED_INTERFACE_PACKAGES.contains(c.getPackageName())) {
                problems.add(where + ": " + c.getName() + " is an interface that does not extend Serializable "
                        + "(a lambda or an implementation of it need not be)");
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (!checked.add(c) || c.isEnum()) {
            return; // an enum is written by its name
        }
        if (LazyDataModel.class.isAssignableFrom(c)) {
            // PrimeFaces keeps the rows of the page shown (LazyDataModel.data)
            for (Type row : rowTypes(c)) {
                checkType(row, where + " (rows of " + c.getSimpleName() + ")");
            }
        }
        if (c.getName().startsWith(PROJECT)) {
            checkFields(c, where + " → " + c.getSimpleName());
        }
    }

    /** The T of {@code LazyDataModel<T>} as the subclass fixes it, e.g. ConversationView for RecordsView.Records. */
    private static List<Type> rowTypes(Class<?> model) {
        for (Class<?> c = model; c != null && c != LazyDataModel.class; c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof ParameterizedType p && p.getRawType() == LazyDataModel.class) {
                return List.of(p.getActualTypeArguments());
            }
        }
        return List.of();
    }

    private void assertNone() {
        assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n" + String.join("\n", problems));
    }
}
