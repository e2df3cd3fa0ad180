# app-filter
