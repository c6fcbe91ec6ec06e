package org.barometer.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.JavaCall;

/**
 * Calls that read the machine's clock instead of the application's {@link java.time.Clock}: the
 * no-argument {@code now()} of every {@code java.time} type, {@code Clock.system*}, {@code
 * System.currentTimeMillis()} and {@code new Date()}. Code that makes them behaves differently on
 * the day it runs.
 */
final class SystemClockReads extends DescribedPredicate<JavaCall<?>> {

  static final SystemClockReads READ_THE_SYSTEM_CLOCK = new SystemClockReads();

  private SystemClockReads() {
    super("read the system clock (java.time now(), Clock.system*, currentTimeMillis, new Date())");
  }

  @Override
  public boolean test(JavaCall<?> call) {
    CodeUnitCallTarget target = call.getTarget();
    String owner = target.getOwner().getName();
    String name = target.getName();
    boolean noArguments = target.getRawParameterTypes().isEmpty();
    return (owner.startsWith("java.time.") && name.equals("now") && noArguments)
        || (owner.equals("java.time.Clock") && name.startsWith("system"))
        || (owner.equals("java.lang.System") && name.equals("currentTimeMillis"))
        || (owner.equals("java.util.Date") && name.equals("<init>") && noArguments);
  }
}
