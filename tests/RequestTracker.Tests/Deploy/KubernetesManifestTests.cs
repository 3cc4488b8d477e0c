using System.Text.RegularExpressions;
using k8s;
using k8s.Models;

namespace RequestTracker.Tests.Deploy;

/// <summary>
/// deploy/k8s read with the Kubernetes client's own models: every file parses as the objects it declares,
/// every kustomization lists files that exist, and the app's invariants hold (three replicas, probes on the
/// app's health endpoints, non-root with a read-only root filesystem, resources, a disruption budget that
/// matches, every secret and setting the app reads defined by the trial).
/// </summary>
public sealed partial class KubernetesManifestTests
{
    private static readonly string K8s = Path.Combine(Path.GetDirectoryName(ShippedDefinitions.Folder)!, "deploy", "k8s");

    private static List<object> Objects(string folder) =>
        Directory.GetFiles(Path.Combine(K8s, folder), "*.yaml")
            .Where(f => Path.GetFileName(f) != "kustomization.yaml" && !f.EndsWith("-patch.yaml", StringComparison.Ordinal))
            .SelectMany(f => KubernetesYaml.LoadAllFromString(File.ReadAllText(f)))
            .ToList();

    private static V1Deployment App() => Objects("base").OfType<V1Deployment>().Single(d => d.Metadata.Name == "requesttracker");

    [Theory]
    [InlineData("base")]
    [InlineData("overlays/trial")]
    [InlineData("overlays/own-workflows")]
    public void Every_kustomization_lists_files_that_exist(string folder)
    {
        var text = File.ReadAllText(Path.Combine(K8s, folder, "kustomization.yaml"));
        var listed = ListedPath().Matches(text).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(listed);
        Assert.All(listed, path => Assert.True(
            File.Exists(Path.Combine(K8s, folder, path)) || Directory.Exists(Path.Combine(K8s, folder, path)), $"{folder}/kustomization.yaml lists {path}, which does not exist"));
    }

    [Fact]
    public void Three_replicas_of_a_non_root_app_with_probes_resources_and_a_matching_budget()
    {
        var app = App();
        var pod = app.Spec.Template.Spec;
        var web = Assert.Single(pod.Containers);

        Assert.Equal(3, app.Spec.Replicas);
        Assert.Equal(0, int.Parse(app.Spec.Strategy.RollingUpdate.MaxUnavailable.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(pod.SecurityContext.RunAsNonRoot);
        Assert.NotEqual(0, pod.SecurityContext.RunAsUser);
        Assert.True(web.SecurityContext.ReadOnlyRootFilesystem);
        Assert.False(web.SecurityContext.AllowPrivilegeEscalation);
        Assert.Contains("ALL", web.SecurityContext.Capabilities.Drop);
        Assert.Equal("/health/ready", web.ReadinessProbe.HttpGet.Path);
        Assert.Equal("/health/live", web.LivenessProbe.HttpGet.Path);
        Assert.Equal("/health/live", web.StartupProbe.HttpGet.Path);
        Assert.Contains(web.Ports, p => p.Name == "http" && p.ContainerPort == 8080);
        Assert.True(web.Resources.Requests.ContainsKey("cpu") && web.Resources.Requests.ContainsKey("memory") && web.Resources.Limits.ContainsKey("memory"));
        // A read-only root filesystem still needs somewhere to write temporary files.
        Assert.Contains(web.VolumeMounts, m => m.MountPath == "/tmp");

        var labels = app.Spec.Template.Metadata.Labels;
        var budget = Objects("base").OfType<V1PodDisruptionBudget>().Single();
        Assert.Equal(2, int.Parse(budget.Spec.MinAvailable.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(budget.Spec.Selector.MatchLabels, l => Assert.Equal(l.Value, labels[l.Key]));
        Assert.All(app.Spec.Selector.MatchLabels, l => Assert.Equal(l.Value, labels[l.Key]));
        var service = Objects("base").OfType<V1Service>().Single();
        Assert.All(service.Spec.Selector, l => Assert.Equal(l.Value, labels[l.Key]));
    }

    [Fact]
    public void Every_secret_and_setting_the_pods_read_is_defined_by_the_trial()
    {
        var trial = Objects("overlays/trial");
        var secrets = trial.OfType<V1Secret>().ToDictionary(s => s.Metadata.Name, s => s.StringData.Keys.ToHashSet());
        var configMaps = trial.OfType<V1ConfigMap>().Select(c => c.Metadata.Name).ToHashSet();
        var pods = new[] { App().Spec.Template.Spec }.Concat(trial.OfType<V1StatefulSet>().Select(s => s.Spec.Template.Spec)).Concat(trial.OfType<V1Deployment>().Select(d => d.Spec.Template.Spec));
        var containers = pods.SelectMany(p => p.Containers).ToList();

        var references = containers.SelectMany(c => c.Env ?? []).Where(e => e.ValueFrom?.SecretKeyRef is not null).Select(e => e.ValueFrom.SecretKeyRef).ToList();
        Assert.Contains(references, r => r.Key == "connection-string");
        Assert.All(references, r => Assert.True(secrets.TryGetValue(r.Name, out var keys) && keys.Contains(r.Key), $"secret {r.Name}/{r.Key} is not defined"));
        Assert.All(containers.SelectMany(c => c.EnvFrom ?? []).Where(e => e.ConfigMapRef is not null), e => Assert.Contains(e.ConfigMapRef.Name, configMaps));
        Assert.All(trial.OfType<V1StatefulSet>(), s => Assert.True(s.Spec.Template.Spec.SecurityContext.RunAsNonRoot));
    }

    [Fact]
    public void Own_workflows_mount_every_folder_and_the_lifecycle_of_the_workflows_layout()
    {
        var patch = KubernetesYaml.LoadAllFromString(File.ReadAllText(Path.Combine(K8s, "overlays", "own-workflows", "workflows-patch.yaml"))).OfType<V1Deployment>().Single();
        var web = patch.Spec.Template.Spec.Containers.Single();
        var mounted = web.VolumeMounts.Select(m => m.MountPath).ToHashSet();

        Assert.Contains(web.Env, e => e.Name == "Workflows__Path" && e.Value == "/workflows");
        foreach (var folder in Directory.GetDirectories(ShippedDefinitions.Folder))
        {
            Assert.Contains($"/workflows/{Path.GetFileName(folder)}", mounted);
        }

        foreach (var file in Directory.GetFiles(ShippedDefinitions.Folder, "*.yaml"))
        {
            Assert.Contains($"/workflows/{Path.GetFileName(file)}", mounted);
        }

        var volumes = patch.Spec.Template.Spec.Volumes.Select(v => v.Name).ToHashSet();
        Assert.All(web.VolumeMounts, m => Assert.Contains(m.Name, volumes));
    }

    [GeneratedRegex(@"^\s+-\s+(?:path:\s+)?([\w./-]+\.yaml|\.\./[\w./-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex ListedPath();
}
