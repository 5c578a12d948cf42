using System.IO.Hashing;
using System.Text;

namespace NonClinicalGuide.Web.Build;

// A hash of every content file's path and bytes. Replicas built from the same content get the same
// fingerprint, so their ETags agree and a proxy or CDN can revalidate against any of them. Nothing here
// needs a cryptographic hash: XxHash128 is fast and spares the process loading OpenSSL (~5 MB resident).
public static class ContentFingerprint
{
    // A missing folder has no fingerprint; the loader then reports it as a content error.
    public static string Of(string contentDirectory)
    {
        if (!Directory.Exists(contentDirectory))
        {
            return "";
        }

        var hash = new XxHash128();
        foreach (var file in Directory.EnumerateFiles(contentDirectory, "*", SearchOption.AllDirectories)
                     .Select(path => Path.GetRelativePath(contentDirectory, path).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            hash.Append(Encoding.UTF8.GetBytes(file + "\n"));
            hash.Append(File.ReadAllBytes(Path.Combine(contentDirectory, file)));
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
