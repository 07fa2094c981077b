package org.caseloop.review.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.caseloop.platform.web.api.ApiProviders;

import java.util.Set;

/** The hierarchical review REST API, under {@code /review/api}. */
@ApplicationPath("review/api")
public class ReviewApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ApiProviders.with(ReviewApiRoot.class);
    }
}
