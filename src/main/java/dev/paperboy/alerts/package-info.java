/** Alerts: anomaly rules over a run's outcomes, and the webhook that reports them once per run. */
package dev.paperboy.alerts;
