using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NonClinicalGuide.Web.Catalogue;
using NonClinicalGuide.Web.Models.FitFinder;
using NonClinicalGuide.Web.Models;
using NonClinicalGuide.Web.Infrastructure;
using NonClinicalGuide.Web.Vocabulary;

namespace NonClinicalGuide.Web.Controllers;

public sealed class FitFinderController(CatalogueDb db, CatalogueSnapshot catalogue) : Controller
{
    // Every role of the real catalogue on one page; a page of a long list on a phone.
    public const int PageSize = 30;

    [HttpGet(SitePaths.FindYourRole)]
    [PageQuery(FitAnswers.ContactKey, FitAnswers.RemoteKey, FitAnswers.EducationKey, FitAnswers.StudyKey, FitAnswers.InterestKey, FitAnswers.FromKey)]
    [RenderCap]
    public async Task<IActionResult> Index(int? page, CancellationToken cancellationToken)
    {
        var answers = FitAnswers.TryParse(Request.Query, out var problem);
        if (problem is null && page < 1)
        {
            problem = "Pages are numbered from 1.";
        }

        if (problem is not null)
        {
            return this.BadRequestPage("We could not read those answers", problem + " Please answer the questions again.");
        }

        if (this.RedirectUnlessAt(answers?.ToUrl(page ?? 1) ?? SitePaths.FindYourRole) is { } canonical)
        {
            return canonical;
        }

        if (answers is null)
        {
            return View(new FitFinderPage(null, [], new Paging(1, PageSize, 0), 0, 0, []));
        }

        var roles = await db.Roles
            .Select(r => new
            {
                r.Slug, r.Title, r.Summary, r.EntryEducation, r.PatientContact, r.Remote, r.Interests, r.PayMedian, r.PayLow, r.PayHigh, r.PayHighAtLeast,
                Pathways = r.ClinicalPathways.Select(p => new { p.From, p.Why }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var candidates = roles.Select(r => new FitCandidate(r.Slug, r.Title, r.Summary, r.EntryEducation, r.PatientContact, r.Remote, r.Interests,
            r.Pathways.Select(p => (p.From, p.Why)).ToList(), r.PayMedian, r.PayLow, r.PayHigh, r.PayHighAtLeast));
        var ranked = FitScorer.Rank(candidates, answers);
        var paging = new Paging(page ?? 1, PageSize, ranked.Count);
        if (paging.IsBeyondTheEnd && paging.Total > 0)
        {
            return NotFound();
        }

        // A clinician gets more from the planner, which compares pay, skills and the route in from their own job.
        var fromJobs = answers.From is { } from ? catalogue.ClinicalJobs.Where(job => job.Background == from).ToList() : [];
        return View(new FitFinderPage(answers, ranked.Skip(paging.Skip).Take(PageSize).ToList(), paging,
            ranked.Count(r => r.Fit == MoveFit.Strong), ranked.Count(r => r.Fit == MoveFit.Possible), fromJobs));
    }
}
