# app-dialogs
