namespace NonClinicalGuide.Web.Vocabulary;

// The official terms our pages show, each with its meaning in plain words. One list: the quick facts, the
// comparison, the printed sheet, the filters and the glossary page all read it, so every page says the same.
// The terms are the agencies' own, as their files spell them; a test checks that every value in data/ has one.
public static class Glossary
{
    public static readonly GlossaryGroup Education = new(
        "education", "Education to start", "Typical education needed for entry", "BLS",
        "BLS Employment Projections", "https://www.bls.gov/emp/documentation/education/tech.htm",
        [
            new("education-none", "No formal educational credential", "no formal qualification",
                "Most people start without a diploma or degree."),
            new("education-high-school", "High school diploma or equivalent", "a high school diploma or the equivalent, such as the GED",
                "Finishing high school, or passing an equivalency test such as the GED.", "High school diploma"),
            new("education-some-college", "Some college, no degree", "some college courses, but no degree",
                "Some study at a college after high school, without finishing a degree.", "Some college"),
            new("education-postsecondary-nondegree-award", "Postsecondary nondegree award", "a certificate or diploma from a course after high school, short of a degree",
                "A course at a community college, technical school or other training provider that ends in a certificate or diploma, not a degree. Some take a few weeks, others a year or two. It is the school's own award, not a certification from a professional body (such as a coding exam); role pages list those separately.",
                "Certificate course"),
            new("education-associate", "Associate's degree", "an associate's degree, usually two years of college",
                "About two years of full-time study after high school, mostly at community colleges. Some lead straight to a job; others count toward a bachelor's degree later.", "Associate's degree"),
            new("education-bachelor", "Bachelor's degree", "a bachelor's degree, usually four years of college",
                "About four years of full-time study at a college or university. Employers often ask for a related subject, such as health administration, business or information technology.", "Bachelor's degree"),
            new("education-master", "Master's degree", "a master's degree, usually one or two years of study after a bachelor's",
                "One or two years of full-time study after a bachelor's degree, for example in health administration, public health or informatics.", "Master's degree"),
            new("education-doctoral", "Doctoral or professional degree", "a doctorate, or a professional degree such as medicine or law",
                "A PhD, or the degree that lets you practise a profession such as medicine, law or pharmacy."),
        ]);

    public static readonly GlossaryGroup Experience = new(
        "experience", "Experience first", "Work experience in a related occupation", "BLS",
        "BLS Employment Projections", "https://www.bls.gov/emp/documentation/education/tech.htm",
        [
            new("experience-none", "None", "none needed", "Employers do not usually ask for experience in a related job before they hire."),
            new("experience-under-5-years", "Less than 5 years", "under five years in a related job",
                "Employers usually want some experience in a related job first, though less than five years."),
            new("experience-5-years-or-more", "5 years or more", "five years or more in a related job",
                "Employers usually want at least five years in a related job, so this is rarely a first job."),
        ]);

    public static readonly GlossaryGroup Training = new(
        "training", "Training once hired", "Typical on-the-job training", "BLS",
        "BLS Employment Projections", "https://www.bls.gov/emp/documentation/education/tech.htm",
        [
            new("training-none", "None", "no formal training once hired", "New staff are expected to do the work without a set period of training."),
            new("training-short-term", "Short-term on-the-job training", "up to a month of training on the job",
                "A month or less of learning the work from experienced staff after you are hired."),
            new("training-moderate-term", "Moderate-term on-the-job training", "one to twelve months of training on the job",
                "More than a month and up to a year of learning the work, on the job or in the employer's own courses."),
            new("training-long-term", "Long-term on-the-job training", "more than a year of training on the job",
                "Over a year of training on the job, or of work and classes together, before you can do the whole job."),
            new("training-apprenticeship", "Apprenticeship", "an apprenticeship: paid work and classes together, usually for several years",
                "A formal arrangement with an employer or a union in which you are paid to learn the trade at work and in classes."),
            new("training-internship", "Internship/residency", "an internship or residency after your studies",
                "A set period of supervised work, usually after your degree and often needed for a licence, as for doctors."),
        ]);

    // O*NET's five Job Zones, by the names in its Job Zone Reference file; the plain meaning sums up that file.
    public static readonly GlossaryGroup Preparation = new(
        "preparation", "Preparation", "Job Zones", "O*NET",
        "O*NET, for the US Department of Labor", "https://www.onetonline.org/help/online/zones",
        [
            new("job-zone-1", "Job Zone One: Little or No Preparation Needed", "little or no preparation needed",
                "No experience needed, and some jobs ask for a high school diploma; training takes a few days to a few months."),
            new("job-zone-2", "Job Zone Two: Some Preparation Needed", "some preparation needed",
                "Some related experience helps. Usually a high school diploma, then a few months to a year of learning from experienced workers."),
            new("job-zone-3", "Job Zone Three: Medium Preparation Needed", "medium preparation needed",
                "Related experience is expected. Usually vocational training, related work or an associate's degree, then one or two years of training at work."),
            new("job-zone-4", "Job Zone Four: Considerable Preparation Needed", "considerable preparation needed",
                "Most need a bachelor's degree, and several years of related experience or training."),
            new("job-zone-5", "Job Zone Five: Extensive Preparation Needed", "extensive preparation needed",
                "Most need a graduate degree such as a master's, and many need more than five years of experience."),
        ]);

    public static readonly GlossaryGroup Pay = new(
        "pay", "Pay and jobs", null, "BLS",
        "BLS Occupational Employment and Wage Statistics", "https://www.bls.gov/oes/oes_emp.htm",
        [
            new("median", "Median", "the middle wage: half of workers earn more, half earn less",
                "Not the average: a few very high earners pull an average up, but they do not move the median."),
            new("percentile", "Percentile", "the wage that a share of workers earn less than",
                "A tenth of workers earn less than the 10th percentile, a quarter less than the 25th, and so on. We show the 10th to the 90th as the range most people earn within."),
            new("employment", "Employment", "the number of jobs, not counting the self-employed",
                "OEWS asks employers how many people they pay in each occupation, so people who work for themselves are not counted."),
        ]);

    public static readonly GlossaryGroup Outlook = new(
        "outlook", "Openings and growth", null, "BLS",
        "BLS Employment Projections", "https://www.bls.gov/emp/documentation/definitions.htm",
        [
            new("openings", "Occupational openings", "jobs that will need filling each year, on average",
                "Openings come from new jobs and from people who leave the occupation for good, for example to retire or change career. Moving to another employer in the same work does not count."),
            new("growth", "Employment change, percent", "how much the number of jobs is expected to grow or shrink over ten years",
                "A projection, not a promise: BLS's estimate of the change from its base year to ten years later."),
        ]);

    public static readonly GlossaryGroup Codes = new(
        "codes", "Occupation codes", null, "SOC",
        "BLS (the SOC) and O*NET (O*NET-SOC)", "https://www.bls.gov/soc/",
        [
            new("soc", "SOC code", "the official code of an occupation, such as 29-2072",
                "The Standard Occupational Classification sorts all work into occupations; BLS publishes its figures under these codes."),
            new("onet-soc", "O*NET-SOC code", "O*NET's code of an occupation, such as 29-2072.00",
                "The SOC code with two more digits, which O*NET uses where it describes jobs in finer detail."),
        ]);

    public static IReadOnlyList<GlossaryGroup> Groups { get; } = [Education, Experience, Training, Preparation, Pay, Outlook, Codes];

    // The levels editors give a role (entry_education) are BLS's own categories.
    public static GlossaryTerm Of(EducationLevel level) => Education.Find(level switch
    {
        EducationLevel.HighSchool => "High school diploma or equivalent",
        EducationLevel.SomeCollege => "Some college, no degree",
        EducationLevel.PostsecondaryAward => "Postsecondary nondegree award",
        EducationLevel.Associate => "Associate's degree",
        EducationLevel.Bachelor => "Bachelor's degree",
        EducationLevel.Master => "Master's degree",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    })!;
}

// OfficialName is what the agency calls the measure, where it has a name of its own ("Typical on-the-job
// training"); Agency is whose words the terms are, as a page says it: "in BLS's words".
public sealed record GlossaryGroup(string Anchor, string Title, string? OfficialName, string Agency, string Publisher, string PublisherUrl, IReadOnlyList<GlossaryTerm> Terms)
{
    public GlossaryTerm? Find(string? official) => official is null ? null : Terms.FirstOrDefault(term => term.Official == official);
}

// Plain is said inside a sentence ("most people start with …"); MenuName, where set, names the term in a menu.
public sealed record GlossaryTerm(string Anchor, string Official, string Plain, string Meaning, string? MenuName = null)
{
    public string PlainSentence => char.ToUpperInvariant(Plain[0]) + Plain[1..];
}

// A value from the official data as a page shows it: its glossary entry, if the glossary has one.
public sealed record OfficialTerm(GlossaryGroup Group, string Official)
{
    public GlossaryTerm? Term => Group.Find(Official);
}
