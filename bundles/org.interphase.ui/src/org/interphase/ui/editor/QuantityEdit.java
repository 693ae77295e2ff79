/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.ui.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.interphase.model.InterphaseFactory;
import org.interphase.model.InterphasePackage;
import org.interphase.model.Quantity;
import org.interphase.model.SourceKind;
import org.interphase.model.units.QuantitySpec;
import org.interphase.model.units.Units;
import org.interphase.model.validation.ModelLabels;

/**
 * Editing a quantity as text ("1e-3 S/cm", "2.5 nm", "25 degC"): parsing with a clear message for bad text or a
 * unit of the wrong kind, and the undoable command that applies it. A new value becomes the user's (source USER)
 * and the note keeps what it replaced; a change of unit only (the same value in SI) keeps the source.
 */
public final class QuantityEdit {

    private static final Pattern TEXT = Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*");

    /** Text that parsed: the number and the unit it is in. */
    public record Parsed(double value, String unit) {
    }

    private QuantityEdit() {
    }

    /**
     * Parses "value [unit]"; without a unit, the current quantity's unit or else the feature's usual one.
     * Throws IllegalArgumentException with a message for people.
     */
    public static Parsed parse(String text, QuantitySpec spec, Quantity current) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a number with a unit, e.g. '1e-3 "
                    + (spec == null ? "S/cm" : spec.unit()) + "'");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (unit.isEmpty()) {
            unit = current != null && current.getUnit() != null ? current.getUnit() : spec == null ? "" : spec.unit();
        }
        Units.Unit known = Units.find(unit).orElseThrow(() -> new IllegalArgumentException("unit '" + m.group(2) + "' is not known"
                + (spec == null ? "" : "; use one of " + unitsOf(spec))));
        if (spec != null && known.dimension() != spec.dimension()) {
            throw new IllegalArgumentException("'" + unit + "' measures " + known.dimension().displayName() + ", not "
                    + spec.dimension().displayName() + "; use one of " + unitsOf(spec));
        }
        return new Parsed(value, unit);
    }

    /** The command that sets the owner's quantity from the text; an empty text removes the quantity. */
    public static Command command(EditingDomain domain, EObject owner, EReference feature, String text) {
        Quantity current = (Quantity) owner.eGet(feature);
        if (text == null || text.isBlank()) {
            return SetCommand.create(domain, owner, feature, null);
        }
        Parsed parsed = parse(text, QuantitySpec.of(feature), current);
        if (current == null) {
            Quantity quantity = InterphaseFactory.eINSTANCE.createQuantity();
            quantity.setValue(parsed.value());
            quantity.setUnit(parsed.unit());
            quantity.setSource(SourceKind.USER);
            return SetCommand.create(domain, owner, feature, quantity);
        }
        InterphasePackage p = InterphasePackage.eINSTANCE;
        CompoundCommand command = new CompoundCommand("Set " + ModelLabels.words(feature.getName()));
        command.append(SetCommand.create(domain, current, p.getQuantity_Value(), parsed.value()));
        command.append(SetCommand.create(domain, current, p.getQuantity_Unit(), parsed.unit()));
        if (!sameValue(current, parsed)) {
            String was = "was " + ModelLabels.format(current) + (current.getSource() == null ? "" : " (" + current.getSource().getLiteral()
                    + (current.getCitation() == null ? "" : ": " + current.getCitation()) + ")");
            command.append(SetCommand.create(domain, current, p.getQuantity_Source(), SourceKind.USER));
            command.append(SetCommand.create(domain, current, p.getQuantity_Citation(), null));
            command.append(SetCommand.create(domain, current, p.getQuantity_Note(), "edited; " + was));
        }
        return command;
    }

    /** A quantity as the text an editor starts from. */
    public static String text(Quantity quantity) {
        return quantity == null ? "" : ModelLabels.format(quantity);
    }

    private static boolean sameValue(Quantity current, Parsed parsed) {
        try {
            double before = current.si();
            double after = Units.toSI(parsed.value(), parsed.unit());
            return Math.abs(before - after) <= 1e-12 * Math.max(Math.abs(before), Math.abs(after));
        } catch (IllegalStateException unknownUnit) {
            return false;
        }
    }

    private static String unitsOf(QuantitySpec spec) {
        return Units.symbolsOf(spec.dimension());
    }
}
