package org.caseloop.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The archive under test is the real EAR, exactly as it ships. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive caseloopEar() {
        File ear = new File(System.getProperty("caseloop.ear", "../ear/target/caseloop.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("Build the EAR first: " + ear.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
