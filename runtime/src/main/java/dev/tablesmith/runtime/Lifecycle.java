package dev.tablesmith.runtime;

import java.util.Objects;

/**
 * An entity's bookkeeping attributes, maintained on every write: a version for optimistic
 * locking (1 on create, incremented on every put and update, checked against the version the
 * caller read) and created/updated timestamps taken from the table's {@link java.time.Clock}.
 * Any part may be null (not kept).
 *
 * @param versionAttribute stored name of the {@code role: version} attribute, or null
 * @param createdAttribute stored name of the {@code role: created} attribute, or null
 * @param updatedAttribute stored name of the {@code role: updated} attribute, or null
 * @param timestampFormat how the timestamps are stored
 */
public record Lifecycle(String versionAttribute, String createdAttribute, String updatedAttribute,
        InstantFormat timestampFormat) {

    private static final Lifecycle NONE = new Lifecycle(null, null, null, InstantFormat.ISO_MILLIS);

    /** Checks the format is given. */
    public Lifecycle {
        Objects.requireNonNull(timestampFormat, "timestampFormat");
    }

    /** @return no version and no timestamps */
    public static Lifecycle none() {
        return NONE;
    }

    /** @param attribute stored name @return a copy that keeps a version there */
    public Lifecycle version(String attribute) {
        return new Lifecycle(attribute, createdAttribute, updatedAttribute, timestampFormat);
    }

    /** @param attribute stored name @return a copy that keeps a created timestamp there */
    public Lifecycle created(String attribute) {
        return new Lifecycle(versionAttribute, attribute, updatedAttribute, timestampFormat);
    }

    /** @param attribute stored name @return a copy that keeps an updated timestamp there */
    public Lifecycle updated(String attribute) {
        return new Lifecycle(versionAttribute, createdAttribute, attribute, timestampFormat);
    }

    /** @param format stored form @return a copy storing timestamps in that form */
    public Lifecycle format(InstantFormat format) {
        return new Lifecycle(versionAttribute, createdAttribute, updatedAttribute, format);
    }
}
