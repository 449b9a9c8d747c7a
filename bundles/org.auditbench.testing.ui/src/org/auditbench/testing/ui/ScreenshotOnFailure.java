package org.auditbench.testing.ui;

import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

/** A JUnit rule that saves a screenshot named after the failing test. */
public final class ScreenshotOnFailure extends TestWatcher {

    private final UiDriver driver;

    public ScreenshotOnFailure(UiDriver driver) {
        this.driver = driver;
    }

    @Override
    protected void failed(Throwable e, Description description) {
        driver.screenshot(description.getTestClass().getSimpleName() + "-" + description.getMethodName());
    }
}
