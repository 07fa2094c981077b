package org.caseloop.petition.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.caseloop.platform.web.api.ApiProviders;

import java.util.Set;

/** The petitions REST API, under {@code /petitions/api}. */
@ApplicationPath("petitions/api")
public class PetitionApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ApiProviders.with(PetitionApiRoot.class);
    }
}
