package org.dateline.spark;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;

import org.dateline.core.connect.ActorKnowledgeBase;
import org.dateline.core.connect.NearDuplicates;

/**
 * Core's own name key and MinHash signature, reached through reflection because core keeps them package-private.
 * Why not a copy here: the blocks are only a superset of what the Connector compares if they are built from the very
 * functions the Connector compares with; a copy would drift the day core changes its shingling or its name key.
 */
final class CoreConnect {
    private CoreConnect() {}

    private static final MethodHandle KEY = handle(ActorKnowledgeBase.class, "key",
            MethodType.methodType(String.class, String.class));
    private static final MethodHandle SIGNATURE = handle(NearDuplicates.class, "signature",
            MethodType.methodType(int[].class, String.class));
    /** LSH rows per band in core's {@link NearDuplicates}. */
    static final int ROWS = intField(NearDuplicates.class, "ROWS");

    /** Spelling-insensitive actor key ("Kim Jong-un" and "Kim Jong Un" give one key), as the knowledge base keys. */
    static String nameKey(String name) {
        try {
            return (String) KEY.invokeExact(name);
        } catch (Throwable t) {
            throw new IllegalStateException("core's ActorKnowledgeBase.key failed", t);
        }
    }

    /** Core's MinHash signature of a body, or null when the body is too short for near-duplicate detection. */
    static int[] signature(String body) {
        try {
            return (int[]) SIGNATURE.invokeExact(body);
        } catch (Throwable t) {
            throw new IllegalStateException("core's NearDuplicates.signature failed", t);
        }
    }

    private static MethodHandle handle(Class<?> owner, String name, MethodType type) {
        try {
            Method m = owner.getDeclaredMethod(name, type.parameterArray());
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("core changed: " + owner.getSimpleName() + "." + name + " " + e);
        }
    }

    private static int intField(Class<?> owner, String name) {
        try {
            var f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f.getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("core changed: " + owner.getSimpleName() + "." + name + " " + e);
        }
    }
}
