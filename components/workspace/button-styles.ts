/** Buttons that destroy or revoke something: red, so they are never mistaken for the safe choice. */
export const dangerButton = "btn bg-red-700 text-white hover:bg-red-800 dark:bg-red-600 dark:hover:bg-red-700";
export const dangerOutlineButton =
  "btn border border-red-700 bg-white text-red-800 hover:bg-red-50 dark:border-red-400 dark:bg-slate-900 dark:text-red-300 dark:hover:bg-red-950/40";
/** A compact secondary button for the section cards. */
export const smallButton =
  "inline-flex min-h-9 items-center gap-1 rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60 aria-expanded:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-expanded:bg-slate-800";
