/*
 * Copyright (c) 2026 the Interphase contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.interphase.p2;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.interphase.p2.internal.ReportingTrust;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Installs plugin features from an update site into an Interphase product, removes them and lists them, through p2's
 * operations API on the product's own profile (the one the build created: {@code PRODUCT/p2}, profile
 * {@code eclipse.p2.profile} or "DefaultProfile"). What p2 does is transactional: a plan that does not resolve, an
 * artifact whose checksum does not match, or unsigned content that was not trusted leaves the product unchanged.
 * Changes take effect at the product's next start. Only the product folder is written; no workspace is touched.
 */
public final class PluginManager implements AutoCloseable {

    private static final String FEATURE_GROUP = ".feature.group";

    private final IProvisioningAgent agent;
    private final String profileId;
    private final Path dataArea;

    private PluginManager(IProvisioningAgent agent, String profileId, Path dataArea) {
        this.agent = agent;
        this.profileId = profileId;
        this.dataArea = dataArea;
    }

    /**
     * The plugin manager of the running product: its p2 data area is {@code eclipse.p2.data.area} when that names a
     * folder, else the folder {@code p2} of the installation ({@code osgi.install.area}).
     *
     * @throws PluginException when the product has no p2 profile (it was not installed by p2)
     */
    public static PluginManager forRunningProduct() throws PluginException {
        Path area = runningDataArea();
        String profile = System.getProperty("eclipse.p2.profile", "DefaultProfile");
        return open(area, profile);
    }

    /** The plugin manager of the product whose p2 data area (its folder p2) and profile id are given. */
    public static PluginManager open(Path dataArea, String profileId) throws PluginException {
        if (!Files.isDirectory(dataArea)) {
            throw new PluginException("this product has no p2 data area (" + dataArea
                    + "); plugins can only be installed into a product built with p2 (./mvnw verify)");
        }
        BundleContext context = FrameworkUtil.getBundle(PluginManager.class).getBundleContext();
        startEarlyBundles(context);
        ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
        if (reference == null) {
            throw new PluginException("p2 is not running in this product (no provisioning agent provider)");
        }
        IProvisioningAgentProvider provider = context.getService(reference);
        try {
            IProvisioningAgent agent = provider.createAgent(dataArea.toUri());
            IProfileRegistry registry = agent.getService(IProfileRegistry.class);
            if (registry == null || registry.getProfile(profileId) == null) {
                agent.stop();
                throw new PluginException("the p2 data area " + dataArea + " has no profile " + profileId
                        + "; plugins can only be installed into a product built with p2");
            }
            return new PluginManager(agent, profileId, dataArea);
        } catch (ProvisionException e) {
            throw new PluginException("cannot open the p2 data area " + dataArea + ": " + e.getMessage(), e);
        } finally {
            context.ungetService(reference);
        }
    }

    /**
     * The bundles p2's eclipse touchpoint needs started, as p2's own director application starts them: the framework
     * manipulator (which writes the product's configuration) is a Declarative Services component of a bundle nothing
     * else starts.
     */
    private static void startEarlyBundles(BundleContext context) throws PluginException {
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (("org.eclipse.equinox.frameworkadmin.equinox".equals(name) || "org.eclipse.equinox.simpleconfigurator.manipulator".equals(name))
                    && bundle.getState() != Bundle.ACTIVE) {
                try {
                    bundle.start(Bundle.START_TRANSIENT);
                } catch (BundleException e) {
                    throw new PluginException("p2 cannot change this product: " + name + " does not start (" + e.getMessage() + ")", e);
                }
            }
        }
    }

    /**
     * A roaming profile (the product was built elsewhere, or copied) records the folder it was made in: before a change,
     * point it at the folder the product is in now, as p2 does for the running product's own profile.
     */
    private void relocate(IProgressMonitor monitor) throws PluginException {
        IProfile profile = profile();
        String here = dataArea.toAbsolutePath().getParent().toString();
        if (!"true".equals(profile.getProperty(IProfile.PROP_ROAMING))
                || here.equals(profile.getProperty(IProfile.PROP_INSTALL_FOLDER)) && here.equals(profile.getProperty(IProfile.PROP_CACHE))) {
            return;
        }
        IEngine engine = agent.getService(IEngine.class);
        IProvisioningPlan plan = engine.createPlan(profile, new ProvisioningContext(agent));
        plan.setProfileProperty(IProfile.PROP_INSTALL_FOLDER, here);
        plan.setProfileProperty(IProfile.PROP_CACHE, here);
        IStatus status = engine.perform(plan, PhaseSetFactory.createPhaseSetIncluding(new String[] { PhaseSetFactory.PHASE_PROPERTY }), monitor);
        if (status.getSeverity() == IStatus.ERROR) {
            throw new PluginException("cannot point the product's p2 profile at " + here + ": " + explain(status));
        }
    }

    /** The p2 data area this manager works on. */
    public Path dataArea() {
        return dataArea;
    }

    /** The plugin features installed by users (roots of the profile that are features), sorted by id. */
    public List<InstalledPlugin> installed() {
        IProfile profile = profile();
        List<InstalledPlugin> plugins = new ArrayList<>();
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUGroupQuery(), null)) {
            if (unit.getId().endsWith(FEATURE_GROUP)
                    && "true".equals(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))) {
                plugins.add(describe(unit));
            }
        }
        plugins.sort(Comparator.comparing(InstalledPlugin::id));
        return plugins;
    }

    /**
     * The features an update site offers: those in its categories, or every feature when it has none.
     *
     * @param site the site's location (a folder, an archive as jar:file:...!/, or a URL)
     */
    public List<InstalledPlugin> available(URI site, IProgressMonitor monitor) throws PluginException {
        List<InstalledPlugin> features = new ArrayList<>();
        for (IInstallableUnit unit : offered(loadSite(site, monitor))) {
            features.add(describe(unit));
        }
        features.sort(Comparator.comparing(InstalledPlugin::id));
        return features;
    }

    /**
     * Installs features of a site into the product. Unsigned content is reported through {@code log} before anything
     * is installed, and installed only when {@code trustUnsigned}; p2 verifies every artifact's checksum.
     *
     * @param featureIds the features to install; empty: every feature the site lists in its categories
     * @param log receives one line per notable event (what is installed, unsigned content)
     * @return the features installed
     * @throws PluginException with p2's explanation when the site cannot be read, the features do not resolve against
     *         the product, or unsigned content is not trusted; the product is unchanged then
     */
    public List<InstalledPlugin> install(URI site, List<String> featureIds, boolean trustUnsigned, Consumer<String> log,
            IProgressMonitor monitor) throws PluginException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        IMetadataRepository repository = loadSite(site, progress);
        relocate(progress);
        Set<IInstallableUnit> units = new LinkedHashSet<>();
        if (featureIds.isEmpty()) {
            units.addAll(offered(repository));
            if (units.isEmpty()) {
                throw new PluginException(site + " offers no feature to install");
            }
        } else {
            for (String id : featureIds) {
                String groupId = id.endsWith(FEATURE_GROUP) ? id : id + FEATURE_GROUP;
                IQuery<IInstallableUnit> query = QueryUtil.createLatestQuery(QueryUtil.createIUQuery(groupId));
                Set<IInstallableUnit> found = repository.query(query, progress).toUnmodifiableSet();
                if (found.isEmpty()) {
                    throw new PluginException(site + " has no feature " + id + " (it offers: " + ids(offered(repository)) + ")");
                }
                units.addAll(found);
            }
        }
        ProvisioningSession session = new ProvisioningSession(agent);
        InstallOperation operation = new InstallOperation(session, units);
        operation.setProfileId(profileId);
        operation.setProvisioningContext(contextOf(site));
        resolve(operation, "cannot install " + ids(units) + " from " + site, progress);
        ReportingTrust trust = new ReportingTrust(trustUnsigned, log);
        agent.registerService(UIServices.SERVICE_NAME, trust);
        try {
            IStatus status = operation.getProvisioningJob(progress).runModal(progress);
            if (trust.refused()) {
                throw new PluginException(site + " has unsigned content (" + String.join(", ", trust.unsigned())
                        + "); nothing was installed. Install it anyway with --trust-unsigned if you trust its publisher");
            }
            if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
                throw new PluginException("installing " + ids(units) + " from " + site + " failed: " + explain(status));
            }
        } finally {
            agent.unregisterService(UIServices.SERVICE_NAME, trust);
        }
        List<InstalledPlugin> result = new ArrayList<>();
        for (IInstallableUnit unit : units) {
            result.add(describe(unit));
        }
        return result;
    }

    /**
     * Removes an installed plugin feature (one of {@link #installed()}) from the product.
     *
     * @throws PluginException when no such plugin is installed, or p2 cannot remove it
     */
    public InstalledPlugin uninstall(String featureId, IProgressMonitor monitor) throws PluginException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        String groupId = featureId.endsWith(FEATURE_GROUP) ? featureId : featureId + FEATURE_GROUP;
        IProfile profile = profile();
        IInstallableUnit root = null;
        for (IInstallableUnit unit : profile.query(QueryUtil.createIUQuery(groupId), null)) {
            if ("true".equals(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU))) {
                root = unit;
            }
        }
        if (root == null) {
            List<String> ids = installed().stream().map(InstalledPlugin::id).toList();
            throw new PluginException("no plugin " + featureId + " is installed ("
                    + (ids.isEmpty() ? "none is" : "installed: " + String.join(", ", ids)) + ")");
        }
        relocate(progress);
        ProvisioningSession session = new ProvisioningSession(agent);
        UninstallOperation operation = new UninstallOperation(session, List.of(root));
        operation.setProfileId(profileId);
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(new URI[0]);
        context.setArtifactRepositories(new URI[0]);
        operation.setProvisioningContext(context);
        resolve(operation, "cannot uninstall " + featureId, progress);
        IStatus status = operation.getProvisioningJob(progress).runModal(progress);
        if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
            throw new PluginException("uninstalling " + featureId + " failed: " + explain(status));
        }
        return describe(root);
    }

    /**
     * The location of a site given on a command line: an existing folder or archive (.zip, .jar) becomes its URI, a
     * URI with a scheme is taken as it is.
     */
    public static URI siteLocation(String argument) throws PluginException {
        File file = new File(argument);
        if (file.exists()) {
            File absolute = file.getAbsoluteFile();
            if (absolute.isFile()) {
                String name = absolute.getName().toLowerCase(java.util.Locale.ROOT);
                if (name.endsWith(".zip") || name.endsWith(".jar")) {
                    return URI.create("jar:" + absolute.toURI() + "!/");
                }
                throw new PluginException(argument + " is neither an update site folder nor a zipped update site");
            }
            return absolute.toURI();
        }
        try {
            URI uri = new URI(argument);
            if (uri.getScheme() == null || uri.getScheme().length() < 2) {
                throw new PluginException(argument + ": no such folder or file");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new PluginException(argument + ": neither a folder nor a URI (" + e.getReason() + ")");
        }
    }

    @Override
    public void close() {
        agent.stop();
    }

    private IProfile profile() {
        return agent.getService(IProfileRegistry.class).getProfile(profileId);
    }

    private ProvisioningContext contextOf(URI site) {
        ProvisioningContext context = new ProvisioningContext(agent);
        context.setMetadataRepositories(site);
        context.setArtifactRepositories(site);
        return context;
    }

    private IMetadataRepository loadSite(URI site, IProgressMonitor monitor) throws PluginException {
        IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
        IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
        try {
            IMetadataRepository repository = metadata.loadRepository(site, monitor);
            artifacts.loadRepository(site, monitor);
            return repository;
        } catch (ProvisionException e) {
            throw new PluginException("cannot read the update site " + site + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new PluginException("cannot read the update site " + site + ": " + e, e);
        }
    }

    private static Collection<IInstallableUnit> offered(IMetadataRepository repository) {
        Set<IInstallableUnit> features = new LinkedHashSet<>();
        for (IInstallableUnit category : repository.query(QueryUtil.createIUCategoryQuery(), null)) {
            for (IInstallableUnit member : repository.query(QueryUtil.createIUCategoryMemberQuery(category), null)) {
                if (member.getId().endsWith(FEATURE_GROUP)) {
                    features.add(member);
                }
            }
        }
        if (features.isEmpty()) {
            for (IInstallableUnit unit : repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null)) {
                if (unit.getId().endsWith(FEATURE_GROUP)) {
                    features.add(unit);
                }
            }
        }
        return features;
    }

    private static void resolve(ProfileChangeOperation operation, String what, IProgressMonitor monitor) throws PluginException {
        IStatus status = operation.resolveModal(monitor);
        if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
            String details = operation.getResolutionDetails();
            throw new PluginException(what + "; nothing was changed. p2 says: "
                    + (details == null || details.isBlank() ? explain(status) : details.strip().replaceAll("\\s*\\R\\s*", "; ")));
        }
    }

    private static String explain(IStatus status) {
        List<String> lines = new ArrayList<>();
        collect(status, lines);
        return String.join("; ", lines);
    }

    private static void collect(IStatus status, List<String> lines) {
        if (status.getMessage() != null && !status.getMessage().isBlank() && !lines.contains(status.getMessage().strip())) {
            lines.add(status.getMessage().strip());
        }
        if (status.getException() != null && status.getException().getMessage() != null) {
            lines.add(status.getException().getMessage().strip());
        }
        for (IStatus child : status.getChildren()) {
            collect(child, lines);
        }
    }

    private static String ids(Collection<IInstallableUnit> units) {
        return String.join(", ", units.stream().map(u -> plain(u.getId())).toList());
    }

    private static String plain(String id) {
        return id.endsWith(FEATURE_GROUP) ? id.substring(0, id.length() - FEATURE_GROUP.length()) : id;
    }

    private static InstalledPlugin describe(IInstallableUnit unit) {
        String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
        String provider = unit.getProperty(IInstallableUnit.PROP_PROVIDER, null);
        return new InstalledPlugin(plain(unit.getId()), unit.getVersion().toString(),
                name == null || name.isBlank() ? plain(unit.getId()) : name, provider == null ? "" : provider);
    }

    private static Path runningDataArea() throws PluginException {
        String area = System.getProperty("eclipse.p2.data.area");
        if (area != null && !area.contains("@")) {
            return pathOf(area);
        }
        String install = System.getProperty("osgi.install.area");
        if (install == null) {
            throw new PluginException("the running product has no installation folder (osgi.install.area)");
        }
        return pathOf(install).resolve("p2");
    }

    private static Path pathOf(String location) throws PluginException {
        try {
            return location.startsWith("file:") ? Path.of(new URI(location.replace(" ", "%20"))) : Path.of(location);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(location.substring("file:".length()));
        }
    }
}
