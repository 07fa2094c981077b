package org.caseloop.platform;

/**
 * Fired once at start-up after the schema is migrated and the organisation is in place. Modules
 * observe it to load their own demo data ({@code demoData} true) or warm their caches.
 */
public record PlatformReady(boolean demoData) {
}
