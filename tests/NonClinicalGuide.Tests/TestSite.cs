[assembly: AssemblyFixture(typeof(NonClinicalGuide.Tests.TestSite))]
[assembly: AssemblyFixture(typeof(NonClinicalGuide.Tests.RealSiteFixture))]

namespace NonClinicalGuide.Tests;

// One app over the test content, shared by every test class that only reads pages.
public sealed class TestSite() : SiteFactory(TestPaths.TestContent);

// The app over the real content/ and data/, shared by the tests that check real pages against the workbooks.
public sealed class RealSiteFixture() : SiteFactory(TestPaths.RealContent);
