using NonClinicalGuide.Web.OfficialData;

namespace NonClinicalGuide.Web.Build;

// `dotnet NonClinicalGuide.Web.dll import-data DATA-FOLDER OUTPUT-FOLDER`: reads and checks the official workbooks
// and saves the import (ImportedDataFile) where a published build looks for it first
// (OfficialDataCache.ShippedImportDirectory). `dotnet publish` runs it, so a new deployment's first start reads a
// small file instead of the workbooks (about two seconds of a two-core machine). A data folder that differs from
// the one it was made from has another stamp, and is read afresh as before.
public static class ImportDataCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == "import-data";

    public static int Run(string[] args, string workingDirectory, TextWriter output)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: import-data DATA-FOLDER OUTPUT-FOLDER");
            return 2;
        }

        var (dataDirectory, outputDirectory) = (Path.GetFullPath(args[1], workingDirectory), Path.GetFullPath(args[2], workingDirectory));
        var (data, errors) = OfficialDataLoader.Load(dataDirectory);
        if (data is null || errors.Count > 0)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine(error);
            }

            return 1;
        }

        var stamp = OfficialDataCache.ImportStamp(dataDirectory);
        ImportedDataFile.Write(outputDirectory, stamp, data);
        if (!ImportedDataFile.Exists(outputDirectory, stamp))
        {
            Console.Error.WriteLine($"import-data: could not write the import in {outputDirectory}");
            return 1;
        }

        output.WriteLine($"import-data: OEWS {data.Newest.Label} and the projections from {dataDirectory} saved in {outputDirectory}");
        return 0;
    }
}
