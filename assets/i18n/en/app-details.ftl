# app-details
