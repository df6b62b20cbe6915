using System.Text;
using System.Text.RegularExpressions;

namespace RowBench.Tests.Docs;

/// <summary>
/// Every relative link in the README, <c>docs/</c> and <c>results/README.md</c> resolves: the file or folder it names
/// exists, and its <c>#anchor</c> is a heading of the target (GitHub's slugs). The README stays a front door.
/// </summary>
public partial class DocumentationLinksTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string>();
        foreach (string page in new[] { "README.md", Path.Combine("results", "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(Root, file)))
            .Order(StringComparer.Ordinal))
        {
            pages.Add(page.Replace('\\', '/'));
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Links_EveryRelativeLink_Resolves(string page)
    {
        string file = Path.Combine(Root, page);
        var broken = new List<string>();
        foreach (Match link in LinkPattern().Matches(WithoutCode(File.ReadAllText(file))))
        {
            string target = link.Groups["target"].Value;
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            int hash = target.IndexOf('#', StringComparison.Ordinal);
            string path = hash < 0 ? target : target[..hash];
            string? anchor = hash < 0 ? null : target[(hash + 1)..];
            string resolved = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add($"{target}: no such file");
            }
            else if (anchor is not null && (!resolved.EndsWith(".md", StringComparison.Ordinal) || !Anchors(resolved).Contains(anchor)))
            {
                broken.Add($"{target}: no heading #{anchor} in {Path.GetFileName(resolved)}");
            }
        }

        Assert.True(broken.Count == 0, $"{page}: {string.Join("; ", broken)}");
    }

    [Fact]
    public void Readme_IsAFrontDoor_AtMost220Lines()
    {
        int lines = File.ReadAllLines(Path.Combine(Root, "README.md")).Length;
        Assert.True(lines <= 220, $"README.md has {lines} lines; move the detail to docs/");
    }

    [Theory]
    [InlineData("Getting Started", "getting-started")]
    [InlineData("ab — did this change make it slower? (the pull-request gate)", "ab--did-this-change-make-it-slower-the-pull-request-gate")]
    [InlineData("`tune` — which chunk size?", "tune--which-chunk-size")]
    public void Slug_Heading_IsGitHubsAnchor(string heading, string expected)
    {
        Assert.Equal(expected, Slug(heading));
    }

    /// <summary>The anchors of a markdown file's headings, as GitHub makes them (duplicates get -1, -2, …).</summary>
    private static HashSet<string> Anchors(string file)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match heading in HeadingPattern().Matches(WithoutCode(File.ReadAllText(file))))
        {
            string slug = Slug(heading.Groups["text"].Value);
            string unique = slug;
            for (int index = 1; !anchors.Add(unique); index++)
            {
                unique = $"{slug}-{index}";
            }
        }

        return anchors;
    }

    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (char character in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(character) || character is '-' or '_')
            {
                slug.Append(character);
            }
            else if (character == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    /// <summary>The text without fenced code blocks, where a bracket is code, not a link.</summary>
    private static string WithoutCode(string markdown) => FencePattern().Replace(markdown, "");

    private static string FindRoot()
    {
        for (string? folder = AppContext.BaseDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "Bench.sln")))
            {
                return folder;
            }
        }

        throw new InvalidOperationException("Bench.sln not found above the test assembly");
    }

    [GeneratedRegex(@"\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"^#{1,6} +(?<text>.+?) *$", RegexOptions.Multiline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencePattern();
}
