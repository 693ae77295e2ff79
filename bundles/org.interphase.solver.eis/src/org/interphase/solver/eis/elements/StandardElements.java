/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.solver.eis.elements;

import java.util.List;

import org.hipparchus.complex.Complex;

/**
 * The built-in element types, with the conventions of impedance.py's elements.py (docs/physics.md 2.1); omega = 2 pi f.
 * The hot ones (R, C, L, CPE, W, Wo, Ws, K, G) are written without allocation and with analytic derivatives.
 */
final class StandardElements {

    private static final double HALF_PI = Math.PI / 2;
    private static final double SQRT_HALF = Math.sqrt(0.5);
    /** Below this omega tau, the finite Warburgs use their power series (truncation error < 1e-14). */
    private static final double SERIES_LIMIT = 1e-3;
    /** Above this Re x, tanh(x) = 1 to double precision (exp(-2 Re x) < 1e-17). */
    private static final double TANH_ONE = 20;

    private StandardElements() {
    }

    static List<ElementType> all() {
        return List.of(new Resistor(), new Capacitor(), new Inductor(), new Cpe(), new Warburg(), new WarburgShort(),
                new WarburgOpen(), new Gerischer(), new FiniteGerischer(), new Voigt(), new TransmissionLine(),
                new ModifiedInductance(), new Zarc());
    }

    private abstract static class Base implements ElementType {
        private final String symbol;
        private final String cdc;
        private final String description;
        private final List<ParameterSpec> parameters;

        Base(String symbol, String cdc, String description, ParameterSpec... parameters) {
            this.symbol = symbol;
            this.cdc = cdc;
            this.description = description;
            this.parameters = List.of(parameters);
        }

        @Override
        public String symbol() {
            return symbol;
        }

        @Override
        public String cdcSymbol() {
            return cdc;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public List<ParameterSpec> parameters() {
            return parameters;
        }

        @Override
        public int parameterCount() {
            return parameters.size();
        }

        @Override
        public String toString() {
            return symbol;
        }
    }

    /** R: Z = R. */
    static final class Resistor extends Base {
        Resistor() {
            super("R", "R", "resistor", ParameterSpec.positive("R", "resistance", "Ohm", 100));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            out[0] = p[o];
            out[1] = 0;
        }

        @Override
        public void derivatives(double omega, double[] p, int o, double[] dRe, double[] dIm, int d) {
            dRe[d] = 1;
            dIm[d] = 0;
        }
    }

    /** C: Z = 1/(j omega C). */
    static final class Capacitor extends Base {
        Capacitor() {
            super("C", "C", "capacitor", ParameterSpec.positive("C", "capacitance", "F", 1e-6));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            out[0] = 0;
            out[1] = -1 / (omega * p[o]);
        }

        @Override
        public void derivatives(double omega, double[] p, int o, double[] dRe, double[] dIm, int d) {
            double c = p[o];
            dRe[d] = 0;
            dIm[d] = 1 / (omega * c * c);
        }
    }

    /** L: Z = j omega L. */
    static final class Inductor extends Base {
        Inductor() {
            super("L", "L", "inductor", ParameterSpec.positive("L", "inductance", "H", 1e-6));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            out[0] = 0;
            out[1] = omega * p[o];
        }

        @Override
        public void derivatives(double omega, double[] p, int o, double[] dRe, double[] dIm, int d) {
            dRe[d] = 0;
            dIm[d] = omega;
        }
    }

    /** CPE: Z = 1/(Q (j omega)^alpha). */
    static final class Cpe extends Base {
        @Override
        public void impedanceAndDerivatives(double omega, double[] p, int o, double[] out, double[] dRe, double[] dIm, int d) {
            derivatives(omega, p, o, dRe, dIm, d);
            // dZ/dQ = -Z/Q
            out[0] = -p[o] * dRe[d];
            out[1] = -p[o] * dIm[d];
        }

        Cpe() {
            super("CPE", "Q", "constant phase element", ParameterSpec.positive("Q", "CPE coefficient", "Ohm^-1 s^a", 1e-6),
                    ParameterSpec.exponent("a", "CPE exponent", 0.9));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            double q = p[o];
            double a = p[o + 1];
            double m = Math.pow(omega, -a) / q;
            double phi = -HALF_PI * a;
            out[0] = m * Math.cos(phi);
            out[1] = m * Math.sin(phi);
        }

        @Override
        public void derivatives(double omega, double[] p, int o, double[] dRe, double[] dIm, int d) {
            double q = p[o];
            double a = p[o + 1];
            double m = Math.pow(omega, -a) / q;
            double phi = -HALF_PI * a;
            double zr = m * Math.cos(phi);
            double zi = m * Math.sin(phi);
            dRe[d] = -zr / q;
            dIm[d] = -zi / q;
            // dZ/da = -Z ln(j omega) = -Z (ln omega + j pi/2)
            double lr = Math.log(omega);
            dRe[d + 1] = -(zr * lr - zi * HALF_PI);
            dIm[d + 1] = -(zr * HALF_PI + zi * lr);
        }
    }

    /** W: Z = A_W (1 - j)/sqrt(omega). */
    static final class Warburg extends Base {
        Warburg() {
            super("W", "W", "semi-infinite Warburg", ParameterSpec.positive("A", "Warburg coefficient", "Ohm s^-1/2", 100));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            double v = p[o] / Math.sqrt(omega);
            out[0] = v;
            out[1] = -v;
        }

        @Override
        public void derivatives(double omega, double[] p, int o, double[] dRe, double[] dIm, int d) {
            double v = 1 / Math.sqrt(omega);
            dRe[d] = v;
            dIm[d] = -v;
        }
    }

    /**
     * tanh(x) of x = sqrt(j omega tau) = s (1 + j)/sqrt(2), s = sqrt(omega tau), written into t[0], t[1]; stable for
     * large s (no overflow: numerator and denominator are scaled by 2 exp(-2 Re x)).
     */
    static void tanhOfDiffusion(double s, double[] t) {
        double a = s * SQRT_HALF;
        if (a >= TANH_ONE) {
            t[0] = 1;
            t[1] = 0;
            return;
        }
        double e = Math.exp(-2 * a);
        double numRe = a < 0.1 ? -Math.expm1(-4 * a) : 1 - e * e;
        double numIm = 2 * e * Math.sin(2 * a);
        double den = 1 + e * e + 2 * e * Math.cos(2 * a);
        t[0] = numRe / den;
        t[1] = numIm / den;
    }

    /** Ws: Z = Z0 tanh(x)/x, x = sqrt(j omega tau). */
    static final class WarburgShort extends Base {
        @Override
        public void impedanceAndDerivatives(double omega, double[] p, int o, double[] out, double[] dRe, double[] dIm, int d) {
            derivatives(omega, p, o, dRe, dIm, d);
            out[0] = p[o] * dRe[d];
            out[1] = p[o] * dIm[d];
        }

        WarburgShort() {
            super("Ws", "Ws", "finite-length (short, transmissive) Warburg", ParameterSpec.positive("Z0", "diffusion resistance", "Ohm", 100),
                    ParameterSpec.positive("tau", "diffusion time constant L^2/D", "s", 1));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            double z0 = p[o];
            double v = omega * p[o + 1];
            if (v < SERIES_LIMIT) {
                // tanh(x)/x = 1 - y/3 + 2y^2/15 - 17y^3/315 + 62y^4/2835, y = j v (no cancellation at small omega tau)
                out[0] = z0 * (1 - 2 * v * v / 15 + 62 * v * v * v * v / 2835);
                out[1] = z0 * (-v / 3 + 17 * v * v * v / 315);
                return;
            }
            double s = Math.sqrt(v);
            double[] t = new double[2];
            tanhOfDiffusion(s, t);
            // t / x with x = s (1 + j)/sqrt2 : 1/x = (1 - j)/(sqrt2 s)
            double k = SQRT_HALF / s;
            out[0] = z0 * k * (t[0] + t[1]);
            out[1] = z0 * k * (t[1] - t[0]);
        }

        @Override
        public void derivatives(double omega, double[] p, int o, double[] dRe, double[] dIm, int d) {
            double z0 = p[o];
            double tau = p[o + 1];
            double v = omega * tau;
            if (v < SERIES_LIMIT) {
                dRe[d] = 1 - 2 * v * v / 15 + 62 * v * v * v * v / 2835;
                dIm[d] = -v / 3 + 17 * v * v * v / 315;
                // g'(y) = -1/3 + 4y/15 - 51y^2/315 + 248y^3/2835 ; dZ/dtau = Z0 g'(y) j omega
                double gr = -1.0 / 3 + 51 * v * v / 315;
                double gi = 4 * v / 15 - 248 * v * v * v / 2835;
                dRe[d + 1] = -z0 * omega * gi;
                dIm[d + 1] = z0 * omega * gr;
                return;
            }
            double s = Math.sqrt(v);
            double[] t = new double[2];
            tanhOfDiffusion(s, t);
            double k = SQRT_HALF / s;
            double gr = k * (t[0] + t[1]);
            double gi = k * (t[1] - t[0]);
            dRe[d] = gr;
            dIm[d] = gi;
            // dZ/dtau = Z0/(2 tau) (1 - t^2 - t/x)
            double t2r = t[0] * t[0] - t[1] * t[1];
            double t2i = 2 * t[0] * t[1];
            double f = z0 / (2 * tau);
            dRe[d + 1] = f * (1 - t2r - gr);
            dIm[d + 1] = f * (-t2i - gi);
        }
    }

    /** Wo: Z = Z0 coth(x)/x, x = sqrt(j omega tau). */
    static final class WarburgOpen extends Base {
        @Override
        public void impedanceAndDerivatives(double omega, double[] p, int o, double[] out, double[] dRe, double[] dIm, int d) {
            derivatives(omega, p, o, dRe, dIm, d);
            // dZ/dZ0 = Z/Z0
            out[0] = p[o] * dRe[d];
            out[1] = p[o] * dIm[d];
        }

        WarburgOpen() {
            super("Wo", "Wo", "finite-space (open, reflective) Warburg", ParameterSpec.positive("Z0", "diffusion resistance", "Ohm", 100),
                    ParameterSpec.positive("tau", "diffusion time constant L^2/D", "s", 1));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            double z0 = p[o];
            double v = omega * p[o + 1];
            if (v < SERIES_LIMIT) {
                // coth(x)/x = 1/y + 1/3 - y/45 + 2y^2/945 - y^3/4725, y = j v (no cancellation at small omega tau)
                out[0] = z0 * (1.0 / 3 - 2 * v * v / 945);
                out[1] = z0 * (-1 / v - v / 45 + v * v * v / 4725);
                return;
            }
            double s = Math.sqrt(v);
            double a = s * SQRT_HALF;
            double tr = 1;
            double ti = 0;
            if (a < TANH_ONE) {
                double e = Math.exp(-2 * a);
                double numRe = a < 0.1 ? -Math.expm1(-4 * a) : 1 - e * e;
                double numIm = 2 * e * Math.sin(2 * a);
                double den = 1 + e * e + 2 * e * Math.cos(2 * a);
                tr = numRe / den;
                ti = numIm / den;
            }
            // x t = a (1 + j)(tr + j ti) = a ((tr - ti) + j (tr + ti))
            double xr = a * (tr - ti);
            double xi = a * (tr + ti);
            double m = z0 / (xr * xr + xi * xi);
            out[0] = m * xr;
            out[1] = -m * xi;
        }

        @Override
        public void derivatives(double omega, double[] p, int o, double[] dRe, double[] dIm, int d) {
            double z0 = p[o];
            double tau = p[o + 1];
            double v = omega * tau;
            if (v < SERIES_LIMIT) {
                dRe[d] = 1.0 / 3 - 2 * v * v / 945;
                dIm[d] = -1 / v - v / 45 + v * v * v / 4725;
                // g'(y) = -1/y^2 - 1/45 + 4y/945 - 3y^2/4725 ; dZ/dtau = Z0 g'(y) j omega
                double gr = 1 / (v * v) - 1.0 / 45 + 3 * v * v / 4725;
                double gi = 4 * v / 945;
                dRe[d + 1] = -z0 * omega * gi;
                dIm[d + 1] = z0 * omega * gr;
                return;
            }
            double s = Math.sqrt(v);
            double a = s * SQRT_HALF;
            double tr = 1;
            double ti = 0;
            if (a < TANH_ONE) {
                double e = Math.exp(-2 * a);
                double numRe = a < 0.1 ? -Math.expm1(-4 * a) : 1 - e * e;
                double numIm = 2 * e * Math.sin(2 * a);
                double den = 1 + e * e + 2 * e * Math.cos(2 * a);
                tr = numRe / den;
                ti = numIm / den;
            }
            double xr = a * (tr - ti);
            double xi = a * (tr + ti);
            double n = xr * xr + xi * xi;
            double gr = xr / n;
            double gi = -xi / n; // 1/(x t) = coth(x)/x
            dRe[d] = gr;
            dIm[d] = gi;
            // c = coth x = 1/t; dZ/dtau = -Z0/(2 tau) (c^2 - 1 + c/x)
            double tn = tr * tr + ti * ti;
            double cr = tr / tn;
            double ci = -ti / tn;
            double c2r = cr * cr - ci * ci;
            double c2i = 2 * cr * ci;
            double f = -z0 / (2 * tau);
            dRe[d + 1] = f * (c2r - 1 + gr);
            dIm[d + 1] = f * (c2i + gi);
        }
    }

    /** G: Z = R_G / sqrt(1 + j omega t_G). */
    static final class Gerischer extends Base {
        Gerischer() {
            super("G", "G", "Gerischer", ParameterSpec.positive("R", "Gerischer resistance", "Ohm", 100),
                    ParameterSpec.positive("t", "Gerischer time constant", "s", 1e-3));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            Complex z = new Complex(1, omega * p[o + 1]).sqrt().reciprocal().multiply(p[o]);
            out[0] = z.getReal();
            out[1] = z.getImaginary();
        }

        @Override
        public void derivatives(double omega, double[] p, int o, double[] dRe, double[] dIm, int d) {
            Complex u = new Complex(1, omega * p[o + 1]);
            Complex g = u.sqrt().reciprocal();
            dRe[d] = g.getReal();
            dIm[d] = g.getImaginary();
            // dZ/dt = -R/2 u^(-3/2) j omega
            Complex dt = g.divide(u).multiply(new Complex(0, -0.5 * omega * p[o]));
            dRe[d + 1] = dt.getReal();
            dIm[d + 1] = dt.getImaginary();
        }
    }

    /** Gs: Z = R_G / (sqrt(1 + j omega t_G) tanh(phi sqrt(1 + j omega t_G))). */
    static final class FiniteGerischer extends Base {
        FiniteGerischer() {
            super("Gs", "Gs", "finite-length Gerischer", ParameterSpec.positive("R", "Gerischer resistance", "Ohm", 100),
                    ParameterSpec.positive("t", "Gerischer time constant", "s", 1e-3),
                    ParameterSpec.positive("phi", "finite-length factor", "1", 1));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            Complex r = new Complex(1, omega * p[o + 1]).sqrt();
            Complex z = r.multiply(r.multiply(p[o + 2]).tanh()).reciprocal().multiply(p[o]);
            out[0] = z.getReal();
            out[1] = z.getImaginary();
        }
    }

    /** K: Z = R / (1 + j omega tau) (Voigt element of lin-KK). */
    static final class Voigt extends Base {
        Voigt() {
            super("K", "K", "Voigt RC element (R, tau)", ParameterSpec.positive("R", "resistance", "Ohm", 100),
                    ParameterSpec.positive("tau", "time constant R C", "s", 1e-3));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            double wt = omega * p[o + 1];
            double den = 1 + wt * wt;
            out[0] = p[o] / den;
            out[1] = -p[o] * wt / den;
        }

        @Override
        public void derivatives(double omega, double[] p, int o, double[] dRe, double[] dIm, int d) {
            double r = p[o];
            double wt = omega * p[o + 1];
            double den = 1 + wt * wt;
            dRe[d] = 1 / den;
            dIm[d] = -wt / den;
            // dZ/dtau = -R j omega / (1 + j wt)^2 ; 1/(1 + j wt)^2 = (1 - wt^2 - 2j wt)/den^2
            double d2 = den * den;
            double ir = (1 - wt * wt) / d2;
            double ii = -2 * wt / d2;
            // -j omega R (ir + j ii) = omega R ii - j omega R ir
            dRe[d + 1] = omega * r * ii;
            dIm[d + 1] = -omega * r * ir;
        }
    }

    /** TLMQ: Z = sqrt(R_ion Z_s) coth(sqrt(R_ion / Z_s)), Z_s = 1/(Q (j omega)^gamma) (Landesfeind 2016 eq. 11). */
    static final class TransmissionLine extends Base {
        TransmissionLine() {
            super("TLMQ", "Tlmq", "transmission line of a blocking pore with CPE walls",
                    ParameterSpec.positive("Rion", "ionic resistance of the pore", "Ohm", 100),
                    ParameterSpec.positive("Q", "CPE coefficient of the pore wall", "Ohm^-1 s^a", 1e-4),
                    ParameterSpec.exponent("gamma", "CPE exponent of the pore wall", 0.9));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            double rion = p[o];
            Complex zs = new Complex(0, omega).pow(p[o + 2]).multiply(p[o + 1]).reciprocal();
            Complex z = zs.multiply(rion).sqrt().multiply(zs.reciprocal().multiply(rion).sqrt().tanh().reciprocal());
            out[0] = z.getReal();
            out[1] = z.getImaginary();
        }
    }

    /** La: Z = L (j omega)^alpha, the documented form (impedance.py's code computes (L j omega)^alpha, its issue #286). */
    static final class ModifiedInductance extends Base {
        ModifiedInductance() {
            super("La", "La", "modified inductance", ParameterSpec.positive("L", "inductance coefficient", "H s^(a-1)", 1e-6),
                    ParameterSpec.exponent("a", "exponent", 0.9));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            double a = p[o + 1];
            double m = p[o] * Math.pow(omega, a);
            out[0] = m * Math.cos(HALF_PI * a);
            out[1] = m * Math.sin(HALF_PI * a);
        }

        @Override
        public void derivatives(double omega, double[] p, int o, double[] dRe, double[] dIm, int d) {
            double a = p[o + 1];
            double m = Math.pow(omega, a);
            double gr = m * Math.cos(HALF_PI * a);
            double gi = m * Math.sin(HALF_PI * a);
            dRe[d] = gr;
            dIm[d] = gi;
            double zr = p[o] * gr;
            double zi = p[o] * gi;
            double lr = Math.log(omega);
            dRe[d + 1] = zr * lr - zi * HALF_PI;
            dIm[d + 1] = zr * HALF_PI + zi * lr;
        }
    }

    /** Zarc: R parallel to a CPE, Z = R / (1 + R Q (j omega)^alpha). */
    static final class Zarc extends Base {
        Zarc() {
            super("Zarc", "Zarc", "ZARC (resistor parallel to a CPE)", ParameterSpec.positive("R", "resistance", "Ohm", 100),
                    ParameterSpec.positive("Q", "CPE coefficient", "Ohm^-1 s^a", 1e-6), ParameterSpec.exponent("a", "CPE exponent", 0.9));
        }

        @Override
        public void impedance(double omega, double[] p, int o, double[] out) {
            double r = p[o];
            double a = p[o + 2];
            double m = r * p[o + 1] * Math.pow(omega, a);
            double dr = 1 + m * Math.cos(HALF_PI * a);
            double di = m * Math.sin(HALF_PI * a);
            double n = dr * dr + di * di;
            out[0] = r * dr / n;
            out[1] = -r * di / n;
        }
    }
}
