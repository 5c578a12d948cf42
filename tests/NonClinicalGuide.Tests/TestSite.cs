[assembly: AssemblyFixture(typeof(NonClinicalGuide.Tests.TestSite))]

namespace NonClinicalGuide.Tests;

// One app over the test content, shared by every test class that only reads pages.
public sealed class TestSite() : SiteFactory(TestPaths.TestContent);
