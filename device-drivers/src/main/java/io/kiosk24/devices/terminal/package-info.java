/**
 * The devices of one terminal, opened by role from its configuration: the one place that knows
 * which factory makes which role, shared by the terminal and {@code kioskctl}. It sits above the
 * device packages (which depend on {@code config}), so no package cycle forms.
 */
package io.kiosk24.devices.terminal;
