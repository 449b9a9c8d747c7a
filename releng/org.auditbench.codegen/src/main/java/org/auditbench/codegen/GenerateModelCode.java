package org.auditbench.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF generator without an Eclipse installation.
 *
 * <p>The generator writes whole projects (code, plugin.properties, icons) into a scratch workspace;
 * only what the bundles do not keep by hand is copied into them: {@code src-gen/} of both bundles and,
 * for the edit bundle, the generated {@code plugin.properties} and {@code icons/full/}. Hand-written
 * manifests and plugin.xml files are never touched. The edit bundle's own icons ({@code icons/own/
 * <EClass>.gif}, kept in the repository) then replace the generator's placeholders in
 * {@code icons/full/obj16/}: one set of model icons, found by EMF's resource locator everywhere.
 *
 * <p>Arguments: the .genmodel file, the bundles folder, a scratch folder.
 */
public final class GenerateModelCode {

    private static final List<String> COPIED = List.of(
            "org.auditbench.model/src-gen",
            "org.auditbench.model.edit/src-gen",
            "org.auditbench.model.edit/plugin.properties",
            "org.auditbench.model.edit/icons/full");

    private GenerateModelCode() {
    }

    public static void main(String[] args) throws IOException {
        Path genmodelFile = Path.of(args[0]).toAbsolutePath().normalize();
        Path bundles = Path.of(args[1]).toAbsolutePath().normalize();
        Path scratch = Path.of(args[2]).toAbsolutePath().normalize();
        deleteTree(scratch);
        Files.createDirectories(scratch);

        GenModel genModel = load(genmodelFile, bundles, scratch);
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("EMF generation failed: " + result);
            }
        }
        for (String relative : COPIED) {
            Path source = scratch.resolve(relative);
            if (!Files.exists(source)) {
                throw new IllegalStateException("the generator wrote no " + relative);
            }
            Path destination = bundles.resolve(relative);
            deleteTree(destination);
            copyTree(source, destination);
        }
        Path ownIcons = bundles.resolve("org.auditbench.model.edit/icons/own");
        if (Files.isDirectory(ownIcons)) {
            copyTree(ownIcons, bundles.resolve("org.auditbench.model.edit/icons/full/obj16"));
        }
        brandEditProperties(bundles.resolve("org.auditbench.model.edit/plugin.properties"));
        System.out.println("EMF code generated from " + genmodelFile.getFileName());
    }

    private static GenModel load(Path genmodelFile, Path bundles, Path scratch) {
        ResourceSet resources = new ResourceSetImpl();
        var factories = resources.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        factories.put(ResourceFactoryImpl.class.getName(), new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

        // The generator writes to platform:/resource/<project>/: send that to the scratch workspace.
        var uriMap = resources.getURIConverter().getURIMap();
        uriMap.put(URI.createURI("platform:/resource/"), URI.createFileURI(scratch.toString() + "/"));
        // Ecore's own genmodel (for EString, EDate ...) lives in the ecore jar.
        URL ecoreGenModel = EcorePackage.class.getResource("/model/Ecore.genmodel");
        String ecoreJarRoot = ecoreGenModel.toString().substring(0, ecoreGenModel.toString().length() - "model/Ecore.genmodel".length());
        uriMap.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"), URI.createURI(ecoreJarRoot));

        GenModel genModel = (GenModel) resources.getResource(URI.createFileURI(genmodelFile.toString()), true)
                .getContents().get(0);
        GenModel ecoreGen = (GenModel) resources
                .getResource(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel"), true)
                .getContents().get(0);
        genModel.getUsedGenPackages().addAll(ecoreGen.getGenPackages());
        // The .genmodel holds settings only; classes, features and enums come from the .ecore.
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.initialize(genPackage.getEcorePackage());
        }
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("invalid genmodel: " + diagnostic);
        }
        return genModel;
    }

    /** The generator's templates name a placeholder provider; the product names itself. */
    private static void brandEditProperties(Path properties) throws IOException {
        String text = Files.readString(properties, StandardCharsets.ISO_8859_1)
                .replace("providerName = www.example.org", "providerName = Auditbench");
        Files.writeString(properties, text, StandardCharsets.ISO_8859_1);
    }

    private static void copyTree(Path source, Path destination) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            paths.forEach(path -> {
                Path target = destination.resolve(source.relativize(path).toString());
                try {
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
