/** Plans per page in "My plans" (the API allows up to 50). */
export const PLANS_PAGE_SIZE = 20;
