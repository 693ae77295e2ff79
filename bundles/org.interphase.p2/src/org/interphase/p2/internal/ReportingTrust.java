/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.p2.internal;

import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.eclipse.equinox.p2.core.UIServices;

/**
 * p2's trust question, answered without a user interface: p2's CheckTrust phase asks it (after downloading, before
 * installing anything) about unsigned artifacts and untrusted signers. Unsigned content is reported and trusted only
 * when the user said so (--trust-unsigned); certificates and keys not already trusted are never trusted here.
 */
public final class ReportingTrust extends UIServices {

    private final boolean trustUnsigned;
    private final Consumer<String> log;
    private final List<String> unsigned = new ArrayList<>();
    private boolean refused;

    public ReportingTrust(boolean trustUnsigned, Consumer<String> log) {
        this.trustUnsigned = trustUnsigned;
        this.log = log;
    }

    /** The unsigned artifacts p2 reported. */
    public List<String> unsigned() {
        return List.copyOf(unsigned);
    }

    /** Whether unsigned or untrusted content was refused (the install was cancelled). */
    public boolean refused() {
        return refused;
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChain, String[] unsignedDetail) {
        return getTrustInfo(untrustedChain, List.of(), unsignedDetail);
    }

    @Override
    public TrustInfo getTrustInfo(Certificate[][] untrustedChains, Collection<PGPPublicKey> untrustedPGPKeys, String[] unsignedDetail) {
        boolean untrustedSigners = (untrustedChains != null && untrustedChains.length > 0)
                || (untrustedPGPKeys != null && !untrustedPGPKeys.isEmpty());
        if (unsignedDetail != null) {
            for (String detail : unsignedDetail) {
                // p2 names the artifact's file in the product's cache: its name says what it is
                String name = detail.replace('\\', '/');
                unsigned.add(name.substring(name.lastIndexOf('/') + 1));
            }
        }
        if (!unsigned.isEmpty()) {
            log.accept((trustUnsigned ? "installing unsigned content (--trust-unsigned): " : "unsigned content: ")
                    + String.join(", ", unsigned));
        }
        if (untrustedSigners) {
            log.accept("content signed by certificates or keys this product does not trust: not installed");
        }
        refused = untrustedSigners || (!unsigned.isEmpty() && !trustUnsigned);
        return new TrustInfo(List.of(), List.of(), false, !refused && trustUnsigned);
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location) {
        return null;
    }

    @Override
    public AuthenticationInfo getUsernamePassword(String location, AuthenticationInfo previousInfo) {
        return null;
    }

    @Override
    public void showInformationMessage(String title, String text, String linkText) {
        log.accept(title + ": " + text);
    }
}
