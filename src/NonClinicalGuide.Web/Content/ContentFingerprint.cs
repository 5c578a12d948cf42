using System.Security.Cryptography;
using System.Text;

namespace NonClinicalGuide.Web.Content;

// A short hash of every content file's path and bytes. Replicas built from the same content get the same
// fingerprint, so their ETags agree and a proxy or CDN can revalidate against any of them.
public static class ContentFingerprint
{
    // A missing folder has no fingerprint; the loader then reports it as a content error.
    public static string Of(string contentDirectory)
    {
        if (!Directory.Exists(contentDirectory))
        {
            return "";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(contentDirectory, "*", SearchOption.AllDirectories)
                     .Select(path => Path.GetRelativePath(contentDirectory, path).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(contentDirectory, file)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
