package org.auditbench.store.tests;

import static org.junit.Assert.fail;

import java.util.List;

import org.auditbench.model.Identifiable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Compares model trees attribute by attribute and containment by containment; references that are
 * not containments (institution of a case, provider of an address) must point to the same stored row.
 */
public final class ModelAssert {

    private ModelAssert() {
    }

    public static void assertSameContent(EObject expected, EObject actual) {
        EcoreUtil.EqualityHelper helper = new EcoreUtil.EqualityHelper() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean haveEqualReference(EObject a, EObject b, EReference reference) {
                if (reference.isContainment() || reference.isContainer()) {
                    return reference.isContainer() || super.haveEqualReference(a, b, reference);
                }
                return ids(a.eGet(reference)).equals(ids(b.eGet(reference)));
            }

            @Override
            protected boolean haveEqualAttribute(EObject a, EObject b, org.eclipse.emf.ecore.EAttribute attribute) {
                boolean equal = super.haveEqualAttribute(a, b, attribute);
                if (!equal) {
                    fail(describe(a, attribute) + ": expected <" + a.eGet(attribute) + "> but was <" + b.eGet(attribute) + ">");
                }
                return true;
            }
        };
        if (!helper.equals(expected, actual)) {
            fail("model trees differ: " + expected + " vs " + actual);
        }
    }

    public static void assertSameContent(List<? extends EObject> expected, List<? extends EObject> actual) {
        if (expected.size() != actual.size()) {
            fail("expected " + expected.size() + " objects but got " + actual.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            assertSameContent(expected.get(i), actual.get(i));
        }
    }

    private static String describe(EObject object, EStructuralFeature feature) {
        return object.eClass().getName() + (object instanceof Identifiable i ? " #" + i.getId() : "") + "." + feature.getName();
    }

    private static Object ids(Object referenced) {
        if (referenced instanceof List<?> list) {
            return list.stream().map(ModelAssert::ids).toList();
        }
        return referenced instanceof Identifiable i ? i.getId() : null;
    }
}
