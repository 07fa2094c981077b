package org.caseloop.platform.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import org.caseloop.platform.organisation.Role;

/**
 * Roles on the pages by their name. The standard enum converter cannot serve a list of roles: named by id it does
 * not know the enum type, and a {@code List<Role>} does not tell it, so it failed while rendering the checkboxes.
 * Registered as {@code caseloop.Role} in the WAR's faces-config (the platform jar is not scanned for converters).
 */
public class RoleConverter implements Converter<Role> {

    @Override
    public Role getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(value);
        } catch (IllegalArgumentException e) {
            String text = Pages.text("staff.error.unknownRole", value);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Role value) {
        return value == null ? "" : value.name();
    }
}
