// The tests look at the app from outside its folder structure, so every app namespace is in scope.
global using NonClinicalGuide.Web.Build;
global using NonClinicalGuide.Web.Catalogue;
global using NonClinicalGuide.Web.Content;
global using NonClinicalGuide.Web.Models.FitFinder;
global using NonClinicalGuide.Web.OfficialData;
global using NonClinicalGuide.Web.Search;
global using NonClinicalGuide.Web.Vocabulary;
